import { createRoute } from "@hono/zod-openapi";
import QRCode from "qrcode-svg";
import { z } from "zod";
import { AppError } from "../../lib/errors";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, requireUser } from "../../middleware/auth";
import { entitlementsFor } from "../membership/entitlements";
import { getBusinessConfig } from "./config";
import { transferAccount, wechatGateway } from "./gateway";
import { cancelOrder } from "./lifecycle";
import { createOrder, findUserOrder, listOrders, toOrder } from "./orders";
import { listActivePlans } from "./plans";
import {
  CreateOrderBodySchema,
  IdempotencyKeySchema,
  ListQuerySchema,
  OrderEnvelopeSchema,
  OrderListSchema,
  PlanListSchema,
  PublicBillingConfigSchema,
} from "./schemas";

const OrderParamsSchema = z.object({ id: z.string().min(1).max(64) });
const signedIn = [requireUser];
const TIERS_SHOWN = ["normal", "bronze", "silver", "gold"] as const;

const routes = {
  plans: createRoute({
    method: "get",
    path: "/billing/plans",
    tags: ["billing"],
    summary: "Membership plans on sale (week, month, quarter)",
    responses: { 200: jsonContent(PlanListSchema, "Plans in display order") },
  }),
  config: createRoute({
    method: "get",
    path: "/billing/config",
    tags: ["billing"],
    summary: "Public business rules: points per yuan, recharge bounds, tiers, costs, entitlements",
    responses: { 200: jsonContent(PublicBillingConfigSchema, "The rules in force") },
  }),
  create: createRoute({
    method: "post",
    path: "/billing/orders",
    tags: ["billing"],
    summary: "Create a recharge or plan order (one per Idempotency-Key)",
    middleware: signedIn,
    request: {
      headers: z.object({ "idempotency-key": IdempotencyKeySchema }),
      body: { content: { "application/json": { schema: CreateOrderBodySchema } }, required: true },
    },
    responses: {
      201: jsonContent(OrderEnvelopeSchema, "The order (the same one again for a repeated key)"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED", "PAYMENT_PROVIDER_ERROR", "PAYMENT_NOT_CONFIGURED"),
    },
  }),
  list: createRoute({
    method: "get",
    path: "/billing/orders",
    tags: ["billing"],
    summary: "My orders, newest first",
    middleware: signedIn,
    request: { query: ListQuerySchema },
    responses: {
      200: jsonContent(OrderListSchema, "A page of orders"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED"),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/billing/orders/{id}",
    tags: ["billing"],
    summary: "One of my orders",
    middleware: signedIn,
    request: { params: OrderParamsSchema },
    responses: {
      200: jsonContent(OrderEnvelopeSchema, "The order"),
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  }),
  qr: createRoute({
    method: "get",
    path: "/billing/orders/{id}/qr.svg",
    tags: ["billing"],
    summary: "The WeChat Pay QR code of an unpaid order (SVG of its codeUrl)",
    middleware: signedIn,
    request: { params: OrderParamsSchema },
    responses: {
      200: { description: "SVG image", content: { "image/svg+xml": { schema: z.string() } } },
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  }),
  cancel: createRoute({
    method: "post",
    path: "/billing/orders/{id}/cancel",
    tags: ["billing"],
    summary: "Close an unpaid order",
    middleware: signedIn,
    request: { params: OrderParamsSchema },
    responses: {
      200: jsonContent(OrderEnvelopeSchema, "The order afterwards (paid if the payment won the race)"),
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND", "PAYMENT_PROVIDER_ERROR"),
    },
  }),
};

export const billingRoutes = createRouter()
  .openapi(routes.plans, async (c) => c.json({ items: await listActivePlans(c.get("db"), c.get("locale")) }, 200))
  .openapi(routes.config, async (c) => {
    const config = await getBusinessConfig(c.get("db"));
    const gateway = wechatGateway(c.env);
    return c.json(
      {
        pointsPerYuan: config.pointsPerYuan,
        recharge: config.recharge,
        tiers: config.tiers
          .filter((tier) => tier.enabled)
          .map(({ code, minPaidFen }) => ({ code: code as "normal" | "bronze" | "silver" | "gold", minPaidFen }))
          .sort((a, b) => a.minPaidFen - b.minPaidFen),
        pointCosts: config.pointCosts,
        entitlements: Object.fromEntries(
          TIERS_SHOWN.map((tier) => [tier, entitlementsFor({ tier, membershipEndsAt: null })]),
        ),
        transferAvailable: transferAccount(c.env) !== null,
        simulator: gateway?.provider === "simulator",
      },
      200,
    );
  })
  .openapi(routes.create, async (c) => {
    const { user } = currentAuth(c);
    const { order } = await createOrder(c.get("db"), c.env, {
      userId: user.id,
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      body: c.req.valid("json"),
      now: new Date(),
    });
    return c.json({ order: toOrder(order, c.env) }, 201);
  })
  .openapi(routes.list, async (c) => {
    const { rows, nextCursor } = await listOrders(c.get("db"), currentAuth(c).user.id, c.req.valid("query"));
    return c.json({ items: rows.map((row) => toOrder(row, c.env)), nextCursor }, 200);
  })
  .openapi(routes.get, async (c) => {
    const order = await findUserOrder(c.get("db"), currentAuth(c).user.id, c.req.valid("param").id);
    return c.json({ order: toOrder(order, c.env) }, 200);
  })
  .openapi(routes.qr, async (c) => {
    const order = await findUserOrder(c.get("db"), currentAuth(c).user.id, c.req.valid("param").id);
    if (!order.codeUrl || order.status !== "paying") throw new AppError("NOT_FOUND");
    const svg = new QRCode({ content: order.codeUrl, padding: 2, width: 256, height: 256, ecl: "M", join: true }).svg();
    return c.body(svg, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "private, max-age=300" });
  })
  .openapi(routes.cancel, async (c) => {
    const order = await findUserOrder(c.get("db"), currentAuth(c).user.id, c.req.valid("param").id);
    return c.json({ order: toOrder(await cancelOrder(c.get("db"), c.env, order, new Date()), c.env) }, 200);
  });
