import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { bool, createdAt, id, json, timestampMs, updatedAt } from "./columns";
import type { AnomalyStatus, EmailStatus } from "./enums";

/** Points-consuming feature use, for dashboards and daily stats. */
export const usageEvents = sqliteTable(
  "usage_events",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    feature: text("feature").notNull(),
    points: integer("points").notNull().default(0),
    refId: text("ref_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("usage_events_user_created_at_idx").on(t.userId, t.createdAt),
    index("usage_events_feature_created_at_idx").on(t.feature, t.createdAt),
  ],
);

/** Daily rollup; `day` is the Beijing-time calendar date `YYYY-MM-DD`. */
export const dailyStats = sqliteTable("daily_stats", {
  day: text("day").primaryKey(),
  newUsers: integer("new_users").notNull().default(0),
  activeUsers: integer("active_users").notNull().default(0),
  paidOrders: integer("paid_orders").notNull().default(0),
  paidFen: integer("paid_fen").notNull().default(0),
  refundedFen: integer("refunded_fen").notNull().default(0),
  pointsGranted: integer("points_granted").notNull().default(0),
  pointsSpent: integer("points_spent").notNull().default(0),
  pointsExpired: integer("points_expired").notNull().default(0),
  diagnoses: integer("diagnoses").notNull().default(0),
  preps: integer("preps").notNull().default(0),
  interviews: integer("interviews").notNull().default(0),
  meetingMinutes: integer("meeting_minutes").notNull().default(0),
  updatedAt: updatedAt(),
});

export const anomalies = sqliteTable(
  "anomalies",
  {
    id: id(),
    kind: text("kind").notNull(),
    /** What it is about, e.g. `order:<id>` or a day. */
    ref: text("ref"),
    /** Stable hash of kind + ref (+ facts), so the audit records each anomaly once. */
    fingerprint: text("fingerprint").notNull().unique(),
    detailsJson: json("details_json"),
    status: text("status").$type<AnomalyStatus>().notNull().default("open"),
    createdAt: createdAt(),
    resolvedAt: timestampMs("resolved_at"),
    resolvedByUserId: text("resolved_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /** When admins were alerted (message + email); null = not yet, the audit cron alerts once and sets it. */
    alertedAt: timestampMs("alerted_at"),
  },
  (t) => [
    index("anomalies_status_created_at_idx").on(t.status, t.createdAt),
    // The audit cron looks for anomalies nobody was alerted about yet.
    index("anomalies_unalerted_idx").on(t.createdAt).where(sql`alerted_at IS NULL`),
  ],
);

export const adminAuditLog = sqliteTable(
  "admin_audit_log",
  {
    id: id(),
    // restrict: the record of who did what outlives any wish to delete the admin.
    adminUserId: text("admin_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    detailsJson: json("details_json"),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [
    index("admin_audit_log_created_at_idx").on(t.createdAt),
    index("admin_audit_log_admin_created_at_idx").on(t.adminUserId, t.createdAt),
    index("admin_audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);

/** Admin-editable configuration documents, validated by their zod schema on read and write. */
export const appConfig = sqliteTable("app_config", {
  key: text("key").primaryKey(),
  valueJson: json("value_json").notNull(),
  updatedAt: updatedAt(),
  updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
});

export const queueDeadLetters = sqliteTable(
  "queue_dead_letters",
  {
    id: id(),
    queue: text("queue").notNull(),
    messageId: text("message_id").notNull(),
    type: text("type"),
    bodyJson: json("body_json"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    // A redelivered dead letter is recorded once.
    uniqueIndex("queue_dead_letters_queue_message_uq").on(t.queue, t.messageId),
    index("queue_dead_letters_created_at_idx").on(t.createdAt),
  ],
);

/** Exact fixed-window counters (the Rate Limiting binding is only an approximate first brake). */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull().default(0),
    windowStart: timestampMs("window_start").notNull(),
    blockedUntil: timestampMs("blocked_until"),
  },
  (t) => [index("rate_limits_window_start_idx").on(t.windowStart)],
);

/** Every outgoing email; the dev-outbox transport stops here and the dev mailbox page reads it. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: id(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    textBody: text("text_body").notNull(),
    transport: text("transport").notNull(),
    status: text("status").$type<EmailStatus>().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    createdAt: createdAt(),
    sentAt: timestampMs("sent_at"),
  },
  (t) => [
    index("email_outbox_created_at_idx").on(t.createdAt),
    index("email_outbox_to_created_at_idx").on(t.toAddress, t.createdAt),
  ],
);

/** One row per AI provider call: tokens, cost and latency, for admins and budgeting. */
export const aiCalls = sqliteTable(
  "ai_calls",
  {
    id: id(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    feature: text("feature").notNull(),
    provider: text("provider").notNull(),
    model: text("model"),
    promptVersion: text("prompt_version"),
    refType: text("ref_type"),
    refId: text("ref_id"),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    /** Cost in millionths of a yuan, so small calls do not round to zero. */
    costMicroYuan: integer("cost_micro_yuan").notNull().default(0),
    latencyMs: integer("latency_ms"),
    ok: bool("ok").notNull(),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("ai_calls_feature_created_at_idx").on(t.feature, t.createdAt),
    index("ai_calls_ref_idx").on(t.refType, t.refId),
  ],
);

export type UsageEvent = typeof usageEvents.$inferSelect;
export type NewUsageEvent = typeof usageEvents.$inferInsert;
export type DailyStats = typeof dailyStats.$inferSelect;
export type NewDailyStats = typeof dailyStats.$inferInsert;
export type Anomaly = typeof anomalies.$inferSelect;
export type NewAnomaly = typeof anomalies.$inferInsert;
export type AdminAuditLogEntry = typeof adminAuditLog.$inferSelect;
export type NewAdminAuditLogEntry = typeof adminAuditLog.$inferInsert;
export type AppConfigRow = typeof appConfig.$inferSelect;
export type NewAppConfigRow = typeof appConfig.$inferInsert;
export type QueueDeadLetter = typeof queueDeadLetters.$inferSelect;
export type NewQueueDeadLetter = typeof queueDeadLetters.$inferInsert;
export type RateLimit = typeof rateLimits.$inferSelect;
export type NewRateLimit = typeof rateLimits.$inferInsert;
export type EmailOutboxEntry = typeof emailOutbox.$inferSelect;
export type NewEmailOutboxEntry = typeof emailOutbox.$inferInsert;
export type AiCall = typeof aiCalls.$inferSelect;
export type NewAiCall = typeof aiCalls.$inferInsert;
