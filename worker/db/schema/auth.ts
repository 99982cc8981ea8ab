import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestampMs, updatedAt } from "./columns";
import type { EmailTokenPurpose, Tier, UserRole } from "./enums";

export const users = sqliteTable(
  "users",
  {
    id: id(),
    /** Always stored lower-cased (enforced by a CHECK) so the UNIQUE index is case-insensitive in effect. */
    email: text("email").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    name: text("name"),
    role: text("role").$type<UserRole>().notNull().default("user"),
    emailVerifiedAt: timestampMs("email_verified_at"),
    locale: text("locale").notNull().default("zh-CN"),
    inviteCode: text("invite_code").notNull().unique(),
    invitedByUserId: text("invited_by_user_id").references((): AnySQLiteColumn => users.id, {
      onDelete: "set null",
    }),
    /** Cache of SUM(points_ledger.delta); only ever changed in the same batch as the ledger row. */
    pointsBalance: integer("points_balance").notNull().default(0),
    /** Rollup of paid recharges and plans minus refunds, in fen; the tier is derived from it. */
    totalPaidFen: integer("total_paid_fen").notNull().default(0),
    tier: text("tier").$type<Tier>().notNull().default("normal"),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: timestampMs("locked_until"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("users_email_lower", sql`email = lower(email)`),
    // Last line of defence for invariant 1: a batch whose UPDATE would overdraw fails as a whole.
    check("users_points_balance_nonneg", sql`points_balance >= 0`),
    index("users_invited_by_idx").on(t.invitedByUserId),
    index("users_created_at_idx").on(t.createdAt),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestampMs("last_seen_at").notNull(),
    expiresAt: timestampMs("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: id(),
    purpose: text("purpose").$type<EmailTokenPurpose>().notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestampMs("expires_at").notNull(),
    usedAt: timestampMs("used_at"),
  },
  (t) => [
    // Resend cooldown and "invalidate older tokens" look up the latest token of a purpose per user.
    index("email_tokens_user_purpose_idx").on(t.userId, t.purpose, t.createdAt),
    index("email_tokens_expires_at_idx").on(t.expiresAt),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type EmailToken = typeof emailTokens.$inferSelect;
export type NewEmailToken = typeof emailTokens.$inferInsert;
