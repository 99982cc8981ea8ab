// Cumulative paid amount and the tier derived from it, kept in step in one conditional statement.

import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { NOW_MS } from "../../db/schema/columns";
import type { Tier } from "../../db/schema/enums";
import { AppError } from "../../lib/errors";
import { getBusinessConfig } from "../billing/config";
import { rowsAt, runBatch } from "../points/batch";
import { enabledTiersDescending, type TierConfig } from "./tiers";

/** SQL CASE deriving the tier from a total-paid expression, with the same thresholds as `tierFor`. */
function tierCase(total: SQL, config: TierConfig): SQL {
  const branches = enabledTiersDescending(config)
    .filter((tier) => tier.minPaidFen > 0)
    .map((tier) => sql`WHEN ${total} >= ${tier.minPaidFen} THEN ${tier.code}`);
  if (branches.length === 0) return sql`'normal'`;
  return sql`CASE ${sql.join(branches, sql` `)} ELSE 'normal' END`;
}

/**
 * One statement adding `amountFen` (negative for a refund; the total never goes below 0) to the user's total
 * and re-deriving the tier from the new total — for composing into the batch that credits an order, gated by
 * `when` (e.g. the `applied` condition of the order's grant, so a replay does not count twice).
 */
export function recordPaymentQuery(input: { userId: string; amountFen: number; config: TierConfig; when?: SQL }): SQL {
  if (!Number.isSafeInteger(input.amountFen)) throw new RangeError(`amountFen must be an integer: ${input.amountFen}`);
  const newTotal = sql`max(0, total_paid_fen + ${input.amountFen})`;
  return sql`UPDATE users
    SET total_paid_fen = ${newTotal}, tier = ${tierCase(newTotal, input.config)}, updated_at = ${NOW_MS}
    WHERE id = ${input.userId} AND ${input.when ?? sql`1`}`;
}

/**
 * Adds a payment (or, negative, a refund) to the user's cumulative total and re-derives the tier, atomically.
 * `config` defaults to the stored business config. Not idempotent by itself: call it once per credited order
 * (compose `recordPaymentQuery` into the credit batch, gated on the credit). `amountFen` 0 just re-derives the
 * tier (after a threshold change).
 */
export async function recordPayment(
  db: Db,
  userId: string,
  amountFen: number,
  config?: TierConfig,
): Promise<{ totalPaidFen: number; tier: Tier }> {
  const tiers = config ?? (await getBusinessConfig(db));
  const results = await runBatch(db, [
    recordPaymentQuery({ userId, amountFen, config: tiers }),
    sql`SELECT total_paid_fen AS totalPaidFen, tier FROM users WHERE id = ${userId}`,
  ]);
  const row = rowsAt<{ totalPaidFen: number; tier: Tier }>(results, 1)[0];
  if (!row) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  return { totalPaidFen: Number(row.totalPaidFen), tier: row.tier };
}
