import { type Feature, PLAN_TIER, reportDownloadCost } from "../../worker/modules/membership/entitlements.ts";
import type { PublicBillingConfig } from "../api-client/billing.ts";
import type { Tier } from "../api-client/schemas.ts";
import type { MessageKey } from "../i18n/index.tsx";

/**
 * Membership tiers and their entitlements as the web shows them, derived from `GET /api/v1/billing/config`
 * (the server's `can(user, feature)` is the authority; this is its public description). Only the names
 * live here, in i18n. Imports the shared entitlement rules (and so zod): lazy route chunks only.
 */

export type { Feature };
export { PLAN_TIER };

/** Display order of the entitlement table (every feature has a name in i18n: `feature.<key>`). */
export const FEATURES = [
  "diagnosis",
  "prediction",
  "news",
  "fullReport",
  "reportDownload",
  "mockInterview",
  "meetingAssistant",
  "calendarReminders",
  "earlyAccess",
  "luckyDraw",
] as const satisfies readonly Feature[];

export type TierRule = PublicBillingConfig["tiers"][number];

export interface TierInfo {
  code: Tier;
  /** Inclusive lower bound of the cumulative paid amount, in fen. */
  minFen: number;
  /** Exclusive upper bound in fen (the next tier's threshold), or null for the top tier. */
  maxFen: number | null;
}

const ascending = (config: Pick<PublicBillingConfig, "tiers">): TierRule[] =>
  [...config.tiers].sort((a, b) => a.minPaidFen - b.minPaidFen);

/** The enabled tiers with their ranges, lowest first. */
export function tierInfos(config: Pick<PublicBillingConfig, "tiers">): TierInfo[] {
  const tiers = ascending(config);
  return tiers.map((tier, i) => ({
    code: tier.code,
    minFen: tier.minPaidFen,
    maxFen: tiers[i + 1]?.minPaidFen ?? null,
  }));
}

export interface TierProgress {
  /** The tier the amount reaches (the server's `user.tier` is the authority for the badge). */
  current: TierInfo;
  next: TierInfo | null;
  /** Still to pay for the next tier (0 at the top). */
  remainingFen: number;
  /** 0–1 of the way from the current tier's threshold to the next one (1 at the top). */
  ratio: number;
}

export function tierProgress(config: Pick<PublicBillingConfig, "tiers">, totalPaidFen: number): TierProgress | null {
  const infos = tierInfos(config);
  const total = Math.max(0, totalPaidFen);
  const index = infos.findLastIndex((tier) => total >= tier.minFen);
  const current = infos[index];
  if (!current) return null;
  const next = infos[index + 1] ?? null;
  if (!next) return { current, next: null, remainingFen: 0, ratio: 1 };
  const span = next.minFen - current.minFen;
  return {
    current,
    next,
    remainingFen: next.minFen - total,
    ratio: span > 0 ? Math.min(1, Math.max(0, (total - current.minFen) / span)) : 0,
  };
}

export type Access =
  | { kind: "no" }
  | { kind: "available" }
  | { kind: "free" }
  | { kind: "pointsEach"; points: number }
  | { kind: "pointsPerSession"; points: number }
  | { kind: "pointsPerMinute"; points: number };

/** How a tier gets a feature: not at all, included, or paid with points (costs from the config). */
export function accessFor(config: PublicBillingConfig, tier: Tier, feature: Feature): Access {
  if (!(config.entitlements[tier] ?? []).includes(feature)) return { kind: "no" };
  const costs = config.pointCosts;
  switch (feature) {
    case "diagnosis":
      return { kind: "pointsEach", points: costs.diagnosis };
    case "prediction":
      return { kind: "pointsEach", points: costs.prediction };
    case "mockInterview":
      return { kind: "pointsPerSession", points: costs.mockInterview };
    case "meetingAssistant":
      return { kind: "pointsPerMinute", points: costs.meetingPerMinute };
    case "reportDownload": {
      // The same rule the server applies (free from silver); without a plan for the table's columns.
      const cost = reportDownloadCost({ tier, membershipEndsAt: null }, config);
      if (cost === null) return { kind: "no" };
      return cost === 0 ? { kind: "free" } : { kind: "pointsEach", points: cost };
    }
    default:
      return { kind: "available" };
  }
}

/** Points a recharge of `amountFen` credits. */
export const rechargePoints = (amountFen: number, pointsPerYuan: number) =>
  Math.floor((amountFen * pointsPerYuan) / 100);

export const tierLabelKey = (tier: Tier): MessageKey => `tier.${tier}`;
export const featureLabelKey = (feature: Feature): MessageKey => `feature.${feature}`;
