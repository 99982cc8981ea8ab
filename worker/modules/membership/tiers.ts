// Tiers are derived from the cumulative paid amount (ARCHITECTURE.md invariant 7), never set by hand.
// Pure and free of server imports, so the web can use it too ("progress to the next tier"). The database
// side (users.total_paid_fen + users.tier in one statement) is `recordPayment` in ./payments.ts.

import type { Tier } from "../../db/schema/enums";
import type { BusinessConfig, TierRule } from "../billing/defaults";

export type TierConfig = Pick<BusinessConfig, "tiers">;

/** Enabled tiers, highest threshold first (normal, at 0, is always enabled: BusinessConfigSchema). */
export function enabledTiersDescending(config: TierConfig): TierRule[] {
  return config.tiers.filter((tier) => tier.enabled).sort((a, b) => b.minPaidFen - a.minPaidFen);
}

/** The tier a cumulative paid amount (fen) earns: the enabled tier with the highest threshold ≤ total. */
export function tierFor(totalPaidFen: number, config: TierConfig): Tier {
  const total = Math.max(0, totalPaidFen);
  return enabledTiersDescending(config).find((tier) => total >= tier.minPaidFen)?.code ?? "normal";
}

/** The next enabled tier above the current one and how much is still to pay for it; null at the top. */
export function nextTier(
  totalPaidFen: number,
  config: TierConfig,
): { tier: Tier; minPaidFen: number; remainingFen: number } | null {
  const total = Math.max(0, totalPaidFen);
  const next = enabledTiersDescending(config)
    .filter((tier) => tier.minPaidFen > total)
    .at(-1);
  return next ? { tier: next.code, minPaidFen: next.minPaidFen, remainingFen: next.minPaidFen - total } : null;
}
