import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { PlanCode } from "../../modules/billing/schemas";
import { users } from "./auth";
import { bool, createdAt, id, json, timestampMs, updatedAt } from "./columns";
import type { OrderKind, OrderStatus, PaymentProvider, RefundStatus } from "./enums";

/** The plans on sale; the runtime source of truth (seeded from the billing defaults, edited by admins). */
export const plans = sqliteTable("plans", {
  code: text("code").$type<PlanCode>().primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  priceFen: integer("price_fen").notNull(),
  days: integer("days").notNull(),
  points: integer("points").notNull(),
  active: bool("active").notNull().default(true),
  sort: integer("sort").notNull().default(0),
  updatedAt: updatedAt(),
});

export const orders = sqliteTable(
  "orders",
  {
    id: id(),
    outTradeNo: text("out_trade_no").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    kind: text("kind").$type<OrderKind>().notNull(),
    planCode: text("plan_code")
      .$type<PlanCode>()
      .references(() => plans.code, { onDelete: "restrict" }),
    amountFen: integer("amount_fen").notNull(),
    /** Points this order credits when paid, fixed at creation so later config edits do not change a sale. */
    points: integer("points").notNull().default(0),
    /** Plan length fixed at creation (plan orders only). */
    planDays: integer("plan_days"),
    status: text("status").$type<OrderStatus>().notNull().default("created"),
    provider: text("provider").$type<PaymentProvider>().notNull(),
    codeUrl: text("code_url"),
    idempotencyKey: text("idempotency_key").notNull(),
    /** Provider-side id (WeChat Pay transaction_id), known once paid. */
    providerTransactionId: text("provider_transaction_id"),
    /** Reference code the payer writes on a corporate bank transfer. */
    transferReference: text("transfer_reference").unique(),
    /** Null = no automatic expiry (e.g. a transfer awaiting the bank). */
    expiresAt: timestampMs("expires_at"),
    paidAt: timestampMs("paid_at"),
    refundedFen: integer("refunded_fen").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("orders_user_idempotency_key_uq").on(t.userId, t.idempotencyKey),
    index("orders_user_created_at_idx").on(t.userId, t.createdAt),
    index("orders_status_expires_at_idx").on(t.status, t.expiresAt),
    index("orders_paid_at_idx").on(t.paidAt),
    check("orders_amount_positive", sql`amount_fen > 0`),
    check("orders_refund_bounds", sql`refunded_fen >= 0 AND refunded_fen <= amount_fen`),
  ],
);

export const paymentEvents = sqliteTable(
  "payment_events",
  {
    id: id(),
    provider: text("provider").$type<PaymentProvider>().notNull(),
    /** The notification id from the provider. */
    providerEventId: text("provider_event_id").notNull(),
    /** Null when the event names an order we do not know. */
    orderId: text("order_id").references(() => orders.id, { onDelete: "restrict" }),
    eventType: text("event_type").notNull(),
    /** Decrypted resource summary (no secrets, no raw ciphertext). */
    summaryJson: json("summary_json"),
    signatureValid: bool("signature_valid").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // Unique among *verified* events only: a forged notification must not be able to claim the id of a
    // genuine one and make the real delivery look like a duplicate.
    // Dedupe with `.onConflictDoNothing()` *without* a target: drizzle 0.45 renders a target plus `where`
    // as invalid SQL (`… DO NOTHING WHERE …`).
    uniqueIndex("payment_events_provider_event_uq").on(t.provider, t.providerEventId).where(sql`signature_valid = 1`),
    index("payment_events_order_idx").on(t.orderId),
  ],
);

export const refunds = sqliteTable(
  "refunds",
  {
    id: id(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    /** Our refund number sent to the provider (idempotency on their side). */
    outRefundNo: text("out_refund_no").notNull().unique(),
    providerRefundId: text("provider_refund_id"),
    amountFen: integer("amount_fen").notNull(),
    /** Points taken back from the user for this refund. */
    points: integer("points").notNull().default(0),
    status: text("status").$type<RefundStatus>().notNull().default("pending"),
    reason: text("reason"),
    adminUserId: text("admin_user_id").references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    succeededAt: timestampMs("succeeded_at"),
  },
  (t) => [index("refunds_order_idx").on(t.orderId), check("refunds_amount_positive", sql`amount_fen > 0`)],
);

/** One row per member: plans never run in parallel, a new purchase extends `endsAt`. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    planCode: text("plan_code")
      .$type<PlanCode>()
      .notNull()
      .references(() => plans.code, { onDelete: "restrict" }),
    startsAt: timestampMs("starts_at").notNull(),
    endsAt: timestampMs("ends_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("memberships_ends_at_idx").on(t.endsAt)],
);

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type NewPaymentEvent = typeof paymentEvents.$inferInsert;
export type Refund = typeof refunds.$inferSelect;
export type NewRefund = typeof refunds.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
