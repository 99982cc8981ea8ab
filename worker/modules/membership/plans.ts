// Membership plans (week / month / quarter). Rules (issue 4):
// - Plans never run in parallel: buying again extends the current end by the plan's days; after the end a
//   purchase starts a new period now. One `memberships` row per member (past ends are kept for display).
// - The plan's points are an expiring lot that ends with the plan. When a purchase extends a running plan,
//   the still-live plan lots of earlier purchases are extended to the new end too (in the same batch), so all
//   plan points of one continuous membership expire together, when it really ends.
// - Idempotent by order: the points row's key is `order:<orderId>`; the membership change, the lot extension
//   and the balance change are all gated on that row being written by this call.
// - The new end is computed inside the batch from the stored end (never from a value read earlier), so
//   concurrent purchases of different orders each extend exactly once.

import { eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type Membership, memberships } from "../../db/schema";
import { AppError } from "../../lib/errors";
import type { PlanCode } from "../billing/schemas";
import { rowsAt, runBatch } from "../points/batch";
import {
  type ComposeOptions,
  expire,
  type LedgerEntry,
  ledgerEntryByKey,
  ledgerRowExists,
  type Statement,
  toLedgerEntry,
} from "../points/ledger";
import type { EntitlementSubject } from "./entitlements";
import { recordPaymentQuery } from "./payments";
import type { TierConfig } from "./tiers";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface PlanPurchaseInput {
  userId: string;
  planCode: PlanCode;
  /** Fixed on the order at creation. */
  days: number;
  /** Plan points, fixed on the order at creation (0 allowed). */
  points: number;
  orderId: string;
  now: Date;
  /**
   * When given, the paid amount is added to users.total_paid_fen and the tier re-derived in the same batch,
   * only if this call applied the purchase (`config` gives the thresholds).
   */
  payment?: { amountFen: number; config: TierConfig };
}

export interface PlanPurchaseResult {
  /** False on a replay of the same order: nothing changed. */
  applied: boolean;
  /** The plan points row (`order:<orderId>`); its expiresAt is the current plan end (moves with extensions). */
  entry: LedgerEntry;
  membership: { planCode: PlanCode; startsAt: Date; endsAt: Date };
  balance: number;
}

export const planPointsKey = (orderId: string) => `order:${orderId}`;

function assertPurchase(input: PlanPurchaseInput): void {
  if (!Number.isSafeInteger(input.days) || input.days <= 0)
    throw new RangeError(`days must be positive: ${input.days}`);
  if (!Number.isSafeInteger(input.points) || input.points < 0) {
    throw new RangeError(`points must be a non-negative integer: ${input.points}`);
  }
  if (!input.orderId) throw new RangeError("orderId is required");
}

/** The statements of a plan purchase, for composing into an order's credit batch. */
export function planPurchaseQueries(
  input: PlanPurchaseInput,
  options: { when?: SQL } = {},
): { ledgerId: string; applied: SQL; queries: Statement[] } {
  assertPurchase(input);
  const id = newId();
  const applied = ledgerRowExists(id);
  const nowMs = input.now.getTime();
  // New end: the current end if the plan still runs, else now; plus the plan's days.
  const newEnd = sql`max(coalesce((SELECT m.ends_at FROM memberships AS m WHERE m.user_id = ${input.userId}), 0), ${nowMs}) + ${input.days * DAY_MS}`;
  const endOfThisPurchase = sql`(SELECT r.expires_at FROM points_ledger AS r WHERE r.id = ${id})`;
  const queries: Statement[] = [
    // 1. The plan points lot, expiring at the new end; the anchor every other statement is gated on.
    sql`INSERT INTO points_ledger
        (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, expires_at, remaining, balance_after)
      SELECT ${id}, u.id, ${input.points}, 'plan', 'order', ${input.orderId}, ${planPointsKey(input.orderId)},
        ${newEnd}, ${input.points}, u.points_balance + ${input.points}
      FROM users AS u
      WHERE u.id = ${input.userId} AND ${options.when ?? sql`1`}
      ON CONFLICT DO NOTHING`,
    // 2. Earlier plan lots still live (not past their end, not swept) move to the new end.
    sql`UPDATE points_ledger SET expires_at = ${endOfThisPurchase}
      WHERE user_id = ${input.userId} AND reason = 'plan' AND id <> ${id} AND expires_at > ${nowMs}
        AND NOT EXISTS (SELECT 1 FROM points_ledger AS swept WHERE swept.idempotency_key = 'expire:' || points_ledger.id)
        AND ${applied}`,
    // 3. The membership: extended while running (start kept), restarted now after its end.
    sql`INSERT INTO memberships (user_id, plan_code, starts_at, ends_at, updated_at)
      SELECT r.user_id, ${input.planCode}, ${nowMs}, r.expires_at, ${nowMs}
      FROM points_ledger AS r WHERE r.id = ${id}
      ON CONFLICT (user_id) DO UPDATE SET
        plan_code = excluded.plan_code,
        starts_at = CASE WHEN memberships.ends_at > ${nowMs} THEN memberships.starts_at ELSE excluded.starts_at END,
        ends_at = excluded.ends_at,
        updated_at = excluded.updated_at`,
    // 4. The cached balance.
    sql`UPDATE users SET points_balance = points_balance + ${input.points}
      WHERE id = ${input.userId} AND ${applied}`,
  ];
  if (input.payment) {
    queries.push(
      recordPaymentQuery({
        userId: input.userId,
        amountFen: input.payment.amountFen,
        config: input.payment.config,
        when: applied,
      }),
    );
  }
  return { ledgerId: id, applied, queries };
}

/**
 * Applies a paid plan order: extends (or starts) the membership by `days`, grants `points` expiring at the
 * new end, extends earlier live plan points to it, and (with `payment`) records the paid amount and tier.
 * All in one atomic batch, idempotent by order id: a replay returns the current state with applied=false.
 * `options.before/when/after` compose the caller's own statements into the same batch (see ComposeOptions).
 */
export async function applyPlanPurchase(
  db: Db,
  input: PlanPurchaseInput,
  options: ComposeOptions = {},
): Promise<PlanPurchaseResult> {
  const { ledgerId, applied, queries } = planPurchaseQueries(input, { when: options.when });
  const writes = [...(options.before ?? []), ...queries, ...(options.after?.(applied) ?? [])];
  const results = await runBatch(db, [
    ...writes,
    ledgerEntryByKey(planPointsKey(input.orderId)),
    sql`SELECT plan_code AS planCode, starts_at AS startsAt, ends_at AS endsAt FROM memberships
      WHERE user_id = ${input.userId}`,
    sql`SELECT points_balance AS balance FROM users WHERE id = ${input.userId}`,
  ]);
  const entry = toLedgerEntry(rowsAt(results, writes.length)[0] as Parameters<typeof toLedgerEntry>[0]);
  const membership = rowsAt<{ planCode: PlanCode; startsAt: number; endsAt: number }>(results, writes.length + 1)[0];
  const user = rowsAt<{ balance: number }>(results, writes.length + 2)[0];
  if (!user) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  if (!entry) throw new AppError("CONFLICT", { details: { reason: "precondition_failed" } });
  if (entry.userId !== input.userId || entry.reason !== "plan" || entry.delta !== input.points || !membership) {
    throw new AppError("CONFLICT", {
      details: { reason: "idempotency_key_reused", idempotencyKey: planPointsKey(input.orderId) },
    });
  }
  return {
    applied: entry.id === ledgerId,
    entry,
    membership: {
      planCode: membership.planCode,
      startsAt: new Date(Number(membership.startsAt)),
      endsAt: new Date(Number(membership.endsAt)),
    },
    balance: user.balance,
  };
}

/** The member's plan period (running or past), or null if they never bought one. */
export async function getMembership(db: Db, userId: string): Promise<Membership | null> {
  return (await db.select().from(memberships).where(eq(memberships.userId, userId)).get()) ?? null;
}

/** What `can()` needs of a member: the derived tier and the end of the running plan. */
export async function entitlementSubject(
  db: Db,
  user: { id: string; tier: EntitlementSubject["tier"] },
): Promise<EntitlementSubject> {
  const membership = await getMembership(db, user.id);
  return { tier: user.tier, membershipEndsAt: membership?.endsAt ?? null };
}

export interface MembershipExpiryResult {
  /** Memberships whose end passed at or before `now` with unexpired plan points (their points expired now). */
  lots: number;
  points: number;
  more: boolean;
}

/**
 * Ends memberships whose period is over: their plan points (and any other expiring lot past its end) expire
 * through the ledger sweep, which writes one `expire` row per lot. A membership row needs no change: it is
 * over once `ends_at <= now` (kept for "plan ended on …"). Bounded per call; run from the cron.
 */
export async function expireMemberships(
  db: Db,
  now: Date,
  options: { limit?: number } = {},
): Promise<MembershipExpiryResult> {
  return expire(db, now, options);
}
