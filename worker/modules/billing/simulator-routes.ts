import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { newId } from "../../db/ids";
import { AppError } from "../../lib/errors";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { buildSimulatedNotification } from "../../lib/wechatpay";
import { currentAuth, requireUser } from "../../middleware/auth";
import { wechatGateway } from "./gateway";
import { findUserOrder } from "./orders";

const scan = createRoute({
  method: "post",
  path: "/dev/payments/{orderId}/scan",
  tags: ["development"],
  summary: "Payment simulator (development only): pay one of my orders as if its QR code were scanned",
  description:
    "Builds a genuinely signed and AES-GCM encrypted WeChat Pay notification with the simulator's keys and " +
    "delivers it to POST /api/v1/billing/wechatpay/notify through the Worker's full request path.",
  middleware: [requireUser],
  request: { params: z.object({ orderId: z.string().min(1).max(64) }) },
  responses: {
    202: jsonContent(z.object({ notifyStatus: z.number().int() }), "The notification was delivered"),
    ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
  },
});

/** Delivers a request through the whole app (middleware included), as WeChat Pay's HTTP call would arrive. */
export type Dispatch = (
  request: Request,
  env: Env,
  ctx: Parameters<ReturnType<typeof createRouter>["fetch"]>[2],
) => Response | Promise<Response>;

export const createSimulatorRoutes = (dispatch: Dispatch) =>
  createRouter().openapi(scan, async (c) => {
    // Outside development (or with real WeChat Pay configured) the simulator does not exist.
    if (wechatGateway(c.env)?.provider !== "simulator") throw new AppError("NOT_FOUND");
    const order = await findUserOrder(c.get("db"), currentAuth(c).user.id, c.req.valid("param").orderId);
    if (order.provider !== "simulator" || order.status !== "paying") throw new AppError("NOT_FOUND");
    const gateway = wechatGateway(c.env);
    const { headers, body } = await buildSimulatedNotification({
      order: {
        outTradeNo: order.outTradeNo,
        amountFen: order.amountFen,
        mchid: gateway?.mchid ?? "",
        appid: gateway?.appid ?? "",
      },
      transactionId: `SIM${newId()}`,
      successTime: new Date(),
    });
    const notifyUrl = new URL("/api/v1/billing/wechatpay/notify", c.req.url);
    const response = await dispatch(
      new Request(notifyUrl, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body }),
      c.env,
      c.executionCtx,
    );
    return c.json({ notifyStatus: response.status }, 202);
  });
