import { z } from "zod";
import { ANOMALY_STATUSES, REFUND_STATUSES } from "../../db/schema/enums";
import { OrderProviderSchema, OrderSchema, OrderStatusSchema } from "../billing/schemas";

export const AdminListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `GET /api/v1/admin/orders`: `q` = order id, outTradeNo, transfer reference, WeChat transaction id or email. */
export const AdminOrderQuerySchema = AdminListQuerySchema.extend({
  status: OrderStatusSchema.optional(),
  provider: OrderProviderSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

/** API.md `order` plus what support and finance need. */
export const AdminOrderSchema = OrderSchema.extend({
  userId: z.string(),
  userEmail: z.string().nullable(),
  refundedFen: z.number().int(),
  transferReference: z.string().nullable(),
  providerTransactionId: z.string().nullable(),
  updatedAt: z.string(),
});
export type AdminOrder = z.infer<typeof AdminOrderSchema>;

export const AdminOrderListSchema = z.object({ items: z.array(AdminOrderSchema), nextCursor: z.string().nullable() });

export const RefundSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  outRefundNo: z.string(),
  amountFen: z.number().int(),
  /** Points taken back from the user for this refund. */
  points: z.number().int(),
  status: z.enum(REFUND_STATUSES),
  reason: z.string().nullable(),
  providerRefundId: z.string().nullable(),
  adminUserId: z.string().nullable(),
  createdAt: z.string(),
  succeededAt: z.string().nullable(),
});

export const AdminOrderDetailSchema = z.object({ order: AdminOrderSchema, refunds: z.array(RefundSchema) });

export const TransferReceivedBodySchema = z.object({
  /** What arrived on the bank statement; must equal the order amount. */
  amountFen: z.number().int().positive(),
  note: z.string().trim().max(500).optional(),
});

export const TransferReceivedResultSchema = z.object({
  order: AdminOrderSchema,
  /** False when the order had already been paid (nothing changed). */
  credited: z.boolean(),
});

export const RefundBodySchema = z.object({
  amountFen: z.number().int().positive(),
  /** Shown to the payer by WeChat Pay (at most 80 characters). */
  reason: z.string().trim().min(1).max(80),
  /** Refund even if the user has spent the points: take whatever is left (default false → 409 CONFLICT). */
  force: z.boolean().optional(),
});

export const RefundResultSchema = z.object({ refund: RefundSchema, order: AdminOrderSchema });

export const AnomalySchema = z.object({
  id: z.string(),
  kind: z.string(),
  ref: z.string().nullable(),
  details: z.unknown(),
  status: z.enum(ANOMALY_STATUSES),
  createdAt: z.string(),
  alertedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByUserId: z.string().nullable(),
});

export const AnomalyQuerySchema = AdminListQuerySchema.extend({
  status: z.enum(ANOMALY_STATUSES).optional(),
  kind: z.string().trim().min(1).max(64).optional(),
});

export const AnomalyListSchema = z.object({ items: z.array(AnomalySchema), nextCursor: z.string().nullable() });

export const ResolveAnomalyBodySchema = z.object({ note: z.string().trim().max(500).optional() });

export const AnomalyEnvelopeSchema = z.object({ anomaly: AnomalySchema });
