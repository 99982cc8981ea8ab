// Admin billing API under /api/v1/admin: support reads, only admins write; every effective write leaves one
// admin_audit_log row (ARCHITECTURE.md invariant 8).

import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { requireRole } from "../../middleware/auth";
import { refundsOfOrder, requestRefund, toRefund } from "../billing/refunds";
import { IdempotencyKeySchema } from "../billing/schemas";
import { recordTransferReceived } from "../billing/transfers";
import { adminActor } from "./audit-log";
import { listAnomalies, orderWithEmail, resolveAnomaly, searchOrders, toAdminOrder, toAnomaly } from "./billing";
import {
  AdminOrderDetailSchema,
  AdminOrderListSchema,
  AdminOrderQuerySchema,
  AnomalyEnvelopeSchema,
  AnomalyListSchema,
  AnomalyQuerySchema,
  RefundBodySchema,
  RefundResultSchema,
  ResolveAnomalyBodySchema,
  TransferReceivedBodySchema,
  TransferReceivedResultSchema,
} from "./schemas";

const readers = [requireRole("admin", "support")];
const writers = [requireRole("admin")];
const IdParamsSchema = z.object({ id: z.string().min(1).max(64) });
const READ_ERRORS = ["UNAUTHENTICATED", "FORBIDDEN"] as const;
const WRITE_ERRORS = ["UNAUTHENTICATED", "FORBIDDEN", "CSRF_REJECTED", "VALIDATION_FAILED", "NOT_FOUND"] as const;

const routes = {
  listOrders: createRoute({
    method: "get",
    path: "/admin/orders",
    tags: ["admin"],
    summary: "Find orders (admin, support): by status, provider, or q = id / outTradeNo / reference / email",
    middleware: readers,
    request: { query: AdminOrderQuerySchema },
    responses: {
      200: jsonContent(AdminOrderListSchema, "A page of orders, newest first"),
      ...errorResponses("VALIDATION_FAILED", ...READ_ERRORS),
    },
  }),
  getOrder: createRoute({
    method: "get",
    path: "/admin/orders/{id}",
    tags: ["admin"],
    summary: "One order with its refunds (admin, support)",
    middleware: readers,
    request: { params: IdParamsSchema },
    responses: {
      200: jsonContent(AdminOrderDetailSchema, "The order and its refunds"),
      ...errorResponses("NOT_FOUND", ...READ_ERRORS),
    },
  }),
  transferReceived: createRoute({
    method: "post",
    path: "/admin/orders/{id}/transfer-received",
    tags: ["admin"],
    summary: "Record the bank transfer of a transfer order as received (admin): the order is paid and credited",
    description:
      "The amount must equal the order amount. Idempotent: an order already paid is answered as it is, with " +
      "`credited: false` (no second credit, no second audit row).",
    middleware: writers,
    request: {
      params: IdParamsSchema,
      body: { content: { "application/json": { schema: TransferReceivedBodySchema } }, required: true },
    },
    responses: {
      200: jsonContent(TransferReceivedResultSchema, "The order afterwards"),
      ...errorResponses(...WRITE_ERRORS, "CONFLICT"),
    },
  }),
  refund: createRoute({
    method: "post",
    path: "/admin/orders/{id}/refund",
    tags: ["admin"],
    summary: "Refund (part of) a paid order (admin); the points bought with it are taken back",
    description:
      "One refund per Idempotency-Key. `amountFen` ≤ amount − refunded − pending refunds (else 400). Points " +
      "already spent by the user: 409 CONFLICT (details.reason `points_spent`) unless `force: true`, which takes " +
      "what is left. WeChat Pay refunds may stay `pending` until WeChat Pay confirms; 502 REFUND_FAILED when " +
      "WeChat Pay refuses (refund `failed`, points given back) or does not answer (refund stays `pending`).",
    middleware: writers,
    request: {
      params: IdParamsSchema,
      headers: z.object({ "idempotency-key": IdempotencyKeySchema }),
      body: { content: { "application/json": { schema: RefundBodySchema } }, required: true },
    },
    responses: {
      201: jsonContent(RefundResultSchema, "The refund (the same one again for a repeated key) and the order"),
      ...errorResponses(...WRITE_ERRORS, "CONFLICT", "REFUND_FAILED", "PAYMENT_NOT_CONFIGURED"),
    },
  }),
  listAnomalies: createRoute({
    method: "get",
    path: "/admin/anomalies",
    tags: ["admin"],
    summary: "Billing anomalies found by the audit and the payment checks (admin, support)",
    middleware: readers,
    request: { query: AnomalyQuerySchema },
    responses: {
      200: jsonContent(AnomalyListSchema, "A page of anomalies, newest first"),
      ...errorResponses("VALIDATION_FAILED", ...READ_ERRORS),
    },
  }),
  resolveAnomaly: createRoute({
    method: "post",
    path: "/admin/anomalies/{id}/resolve",
    tags: ["admin"],
    summary: "Mark an anomaly resolved (admin); resolving it again changes nothing",
    middleware: writers,
    request: {
      params: IdParamsSchema,
      body: { content: { "application/json": { schema: ResolveAnomalyBodySchema } }, required: false },
    },
    responses: {
      200: jsonContent(AnomalyEnvelopeSchema, "The anomaly afterwards"),
      ...errorResponses(...WRITE_ERRORS),
    },
  }),
};

export const adminBillingRoutes = createRouter()
  .openapi(routes.listOrders, async (c) => {
    const { rows, nextCursor } = await searchOrders(c.get("db"), c.req.valid("query"));
    return c.json({ items: rows.map((row) => toAdminOrder(row.order, row.email, c.env)), nextCursor }, 200);
  })
  .openapi(routes.getOrder, async (c) => {
    const db = c.get("db");
    const { order, email } = await orderWithEmail(db, c.req.valid("param").id);
    const refunds = await refundsOfOrder(db, order.id);
    return c.json({ order: toAdminOrder(order, email, c.env), refunds: refunds.map(toRefund) }, 200);
  })
  .openapi(routes.transferReceived, async (c) => {
    const db = c.get("db");
    const body = c.req.valid("json");
    const { order, credited } = await recordTransferReceived(db, {
      orderId: c.req.valid("param").id,
      amountFen: body.amountFen,
      note: body.note,
      actor: adminActor(c),
      now: new Date(),
    });
    const { email } = await orderWithEmail(db, order.id);
    return c.json({ order: toAdminOrder(order, email, c.env), credited }, 200);
  })
  .openapi(routes.refund, async (c) => {
    const db = c.get("db");
    const body = c.req.valid("json");
    const { refund, order } = await requestRefund(db, c.env, {
      orderId: c.req.valid("param").id,
      amountFen: body.amountFen,
      reason: body.reason,
      force: body.force,
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      actor: adminActor(c),
      now: new Date(),
    });
    const { email } = await orderWithEmail(db, order.id);
    return c.json({ refund: toRefund(refund), order: toAdminOrder(order, email, c.env) }, 201);
  })
  .openapi(routes.listAnomalies, async (c) => {
    const { rows, nextCursor } = await listAnomalies(c.get("db"), c.req.valid("query"));
    return c.json({ items: rows.map(toAnomaly), nextCursor }, 200);
  })
  .openapi(routes.resolveAnomaly, async (c) => {
    const body = (c.req.valid("json") as { note?: string } | undefined) ?? {};
    const anomaly = await resolveAnomaly(c.get("db"), adminActor(c), c.req.valid("param").id, body.note);
    return c.json({ anomaly: toAnomaly(anomaly) }, 200);
  });
