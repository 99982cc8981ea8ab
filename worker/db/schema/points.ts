import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { createdAt, id, timestampMs } from "./columns";
import type { LedgerReason } from "./enums";

/**
 * Append-only points ledger (invariant 1). Rows are never updated except `remaining`, the unspent part of an
 * expiring grant, which spending decrements earliest-expiring first and expiry zeroes, and the `expires_at` of
 * live plan grants, which a plan extension moves to the new plan end.
 */
export const pointsLedger = sqliteTable(
  "points_ledger",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    delta: integer("delta").notNull(),
    reason: text("reason").$type<LedgerReason>().notNull(),
    refType: text("ref_type"),
    refId: text("ref_id"),
    /** e.g. `order:<id>`, `job:<id>:capture`, `referral:<inviteeId>`. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** Set on grants that expire (plan points). */
    expiresAt: timestampMs("expires_at"),
    /** Unspent points of an expiring grant; null for everything else. */
    remaining: integer("remaining"),
    balanceAfter: integer("balance_after").notNull(),
    /**
     * On `capture` and `release` rows: the hold they settle. Unique, so a hold is settled exactly once
     * (captured or released, never both, never twice).
     */
    holdId: text("hold_id").references((): AnySQLiteColumn => pointsLedger.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("points_ledger_user_created_at_idx").on(t.userId, t.createdAt),
    // Partial indexes: queries must say `remaining > 0` literally (not a bound parameter) to use them.
    index("points_ledger_user_grants_idx").on(t.userId, t.expiresAt).where(sql`remaining > 0`),
    // The expiry cron scans all live grants past their end.
    index("points_ledger_expiring_idx").on(t.expiresAt).where(sql`remaining > 0`),
    index("points_ledger_ref_idx").on(t.refType, t.refId),
    index("points_ledger_created_at_idx").on(t.createdAt),
    uniqueIndex("points_ledger_hold_uq").on(t.holdId).where(sql`hold_id IS NOT NULL`),
    check("points_ledger_remaining_bounds", sql`remaining IS NULL OR remaining >= 0`),
    check("points_ledger_balance_nonneg", sql`balance_after >= 0`),
  ],
);

/**
 * Which expiring grants a debit (hold/spend) consumed, so a release or refund can give points back to the
 * same grants (and they still expire on time).
 */
export const pointsAllocations = sqliteTable(
  "points_allocations",
  {
    debitLedgerId: text("debit_ledger_id")
      .notNull()
      .references(() => pointsLedger.id, { onDelete: "restrict" }),
    grantLedgerId: text("grant_ledger_id")
      .notNull()
      .references(() => pointsLedger.id, { onDelete: "restrict" }),
    points: integer("points").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.debitLedgerId, t.grantLedgerId] }),
    index("points_allocations_grant_idx").on(t.grantLedgerId),
  ],
);

export type PointsLedgerEntry = typeof pointsLedger.$inferSelect;
export type NewPointsLedgerEntry = typeof pointsLedger.$inferInsert;
export type PointsAllocation = typeof pointsAllocations.$inferSelect;
export type NewPointsAllocation = typeof pointsAllocations.$inferInsert;
