// What a member may use (ARCHITECTURE.md invariant 7): ONE function, `can`, answers it for every route and for
// the UI. Pure and free of server imports, so web/ imports this file as is.

import { z } from "zod";
import { TIERS, type Tier } from "../../db/schema/enums";
import type { BusinessConfig } from "../billing/defaults";

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
] as const;
export type Feature = (typeof FEATURES)[number];
export const FeatureSchema = z.enum(FEATURES);

/** The lowest tier that includes each feature (issue 4 "Rules"); higher tiers include everything below. */
export const FEATURE_MIN_TIER: Record<Feature, Tier> = {
  // normal: the basic services, paid with points
  diagnosis: "normal",
  prediction: "normal",
  // bronze
  news: "bronze",
  fullReport: "bronze",
  reportDownload: "bronze", // 2 points for bronze, free from silver: reportDownloadCost
  mockInterview: "bronze",
  // silver
  meetingAssistant: "silver",
  // gold
  calendarReminders: "gold",
  earlyAccess: "gold",
  luckyDraw: "gold",
};

/** While a plan runs the member has at least this tier's entitlements. */
export const PLAN_TIER: Tier = "silver";

/** What entitlements depend on: the derived tier and the end of the running plan (null: never had one). */
export interface EntitlementSubject {
  tier: Tier;
  membershipEndsAt: Date | null;
}

const rank = (tier: Tier) => TIERS.indexOf(tier);

export function planActive(user: EntitlementSubject, now: Date = new Date()): boolean {
  return user.membershipEndsAt !== null && user.membershipEndsAt.getTime() > now.getTime();
}

/** The tier whose entitlements apply: the derived tier, raised to silver while a plan runs. */
export function effectiveTier(user: EntitlementSubject, now: Date = new Date()): Tier {
  return planActive(user, now) && rank(user.tier) < rank(PLAN_TIER) ? PLAN_TIER : user.tier;
}

/** May this member use this feature now? The single answer every route and the UI rely on. */
export function can(user: EntitlementSubject, feature: Feature, now: Date = new Date()): boolean {
  return rank(effectiveTier(user, now)) >= rank(FEATURE_MIN_TIER[feature]);
}

/** Every feature the member may use now, in `FEATURES` order. */
export function entitlementsFor(user: EntitlementSubject, now: Date = new Date()): Feature[] {
  return FEATURES.filter((feature) => can(user, feature, now));
}

/**
 * Points a report download costs this member: the configured cost for bronze, 0 from silver (also while a
 * plan runs), null when the member may not download reports at all.
 */
export function reportDownloadCost(
  user: EntitlementSubject,
  config: Pick<BusinessConfig, "pointCosts">,
  now: Date = new Date(),
): number | null {
  if (!can(user, "reportDownload", now)) return null;
  return rank(effectiveTier(user, now)) >= rank("silver") ? 0 : config.pointCosts.reportDownload;
}

/** The entitlements answer for the UI (e.g. part of `/me` or the membership card). */
export const EntitlementsSchema = z.object({
  tier: z.enum(TIERS),
  effectiveTier: z.enum(TIERS),
  planActive: z.boolean(),
  membershipEndsAt: z.string().nullable(),
  features: z.array(FeatureSchema),
  /** Points per report download; null when not entitled. */
  reportDownloadCost: z.number().int().nonnegative().nullable(),
});
export type Entitlements = z.infer<typeof EntitlementsSchema>;

export function describeEntitlements(
  user: EntitlementSubject,
  config: Pick<BusinessConfig, "pointCosts">,
  now: Date = new Date(),
): Entitlements {
  return {
    tier: user.tier,
    effectiveTier: effectiveTier(user, now),
    planActive: planActive(user, now),
    membershipEndsAt: user.membershipEndsAt ? user.membershipEndsAt.toISOString() : null,
    features: entitlementsFor(user, now),
    reportDownloadCost: reportDownloadCost(user, config, now),
  };
}
