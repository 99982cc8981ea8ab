import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { paymentEvents } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { createRouter, errorResponses } from "../../lib/openapi";
import { type ParsedNotification, WechatPayNotificationError } from "../../lib/wechatpay";
import { type Gateway, parseGatewayNotification, wechatGateway } from "./gateway";
import { orderByOutTradeNo } from "./orders";
import { applyRefundNotification } from "./refunds";
import { settlePayment } from "./settlement";

/** WeChat Pay notifications are small; anything bigger is not one. */
const MAX_NOTIFY_BYTES = 64 * 1024;

const notify = createRoute({
  method: "post",
  path: "/billing/wechatpay/notify",
  tags: ["billing"],
  summary: "WeChat Pay APIv3 payment notification (signed, AES-256-GCM encrypted)",
  description:
    "Verifies the signature over the raw body (5-minute window, SIGNTEST probes refused), decrypts, checks amount, " +
    "mchid and appid against the order, and credits it exactly once. 204 when processed, also for a duplicate.",
  request: { body: { content: { "application/json": { schema: z.unknown() } }, required: true } },
  responses: {
    204: { description: "Processed (or already processed)" },
    ...errorResponses("VALIDATION_FAILED", "SIGNATURE_INVALID", "PAYLOAD_TOO_LARGE", "PAYMENT_NOT_CONFIGURED"),
  },
});

/** Records the verified event once (its id is unique among verified events): the audit trail of callbacks. */
async function recordEvent(db: Db, gateway: Gateway, parsed: ParsedNotification, orderId: string | null) {
  const summary =
    parsed.kind === "transaction"
      ? {
          outTradeNo: parsed.resource.out_trade_no,
          transactionId: parsed.resource.transaction_id,
          tradeState: parsed.resource.trade_state,
          amountFen: parsed.resource.amount?.total,
        }
      : { outTradeNo: parsed.resource.out_trade_no, refundStatus: parsed.resource.refund_status };
  const inserted = await db
    .insert(paymentEvents)
    .values({
      id: newId(),
      provider: gateway.provider,
      providerEventId: parsed.event.id,
      orderId,
      eventType: parsed.event.event_type,
      summaryJson: summary,
      signatureValid: true,
    })
    .onConflictDoNothing()
    .returning({ id: paymentEvents.id });
  return inserted.length > 0;
}

export const notifyRoutes = createRouter().openapi(notify, async (c) => {
  const gateway = wechatGateway(c.env);
  if (!gateway) throw new AppError("PAYMENT_NOT_CONFIGURED");
  const body = await c.req.text();
  if (new TextEncoder().encode(body).byteLength > MAX_NOTIFY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE");

  let parsed: ParsedNotification;
  try {
    parsed = await parseGatewayNotification(gateway, c.env, { headers: c.req.raw.headers, body });
  } catch (error) {
    if (!(error instanceof WechatPayNotificationError)) throw error;
    log("warn", "wechatpay notify rejected", { requestId: c.get("requestId"), code: error.code, reason: error.reason });
    if (error.code === "MALFORMED")
      throw new AppError("VALIDATION_FAILED", { details: [{ path: "body", message: error.reason }] });
    throw new AppError("SIGNATURE_INVALID");
  }

  const db = c.get("db");
  const order = await orderByOutTradeNo(db, parsed.resource.out_trade_no);
  const fresh = await recordEvent(db, gateway, parsed, order?.id ?? null);
  if (parsed.kind === "transaction" && parsed.resource.trade_state === "SUCCESS") {
    const { outcome } = await settlePayment(
      db,
      {
        outTradeNo: parsed.resource.out_trade_no,
        transactionId: parsed.resource.transaction_id ?? parsed.event.id,
        amountFen: parsed.resource.amount?.total ?? -1,
        mchid: parsed.resource.mchid,
        appid: parsed.resource.appid,
        paidAt: parsed.resource.success_time ? new Date(parsed.resource.success_time) : new Date(),
      },
      { mchid: gateway.mchid, appid: gateway.appid },
    );
    log("info", "wechatpay notify processed", {
      requestId: c.get("requestId"),
      event: parsed.event.id,
      fresh,
      outcome,
    });
  }
  if (parsed.kind === "refund") await applyRefundNotification(db, parsed.resource);
  return c.body(null, 204);
});
