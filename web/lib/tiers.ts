import type { Tier } from "../api-client/schemas.ts";
import type { MessageKey } from "../i18n/index.tsx";

/**
 * Membership tiers and their entitlements as shown on the pricing page.
 * Single module on purpose: it will later be replaced by data from the config API
 * (the server's `can(user, feature)` is the authority; this is only the public description).
 */
export interface TierInfo {
  code: Tier;
  /** Inclusive lower bound of the cumulative paid amount, in fen. */
  minFen: number;
  /** Exclusive upper bound in fen, or null for the top tier. */
  maxFen: number | null;
}

export const TIERS: readonly TierInfo[] = [
  { code: "normal", minFen: 0, maxFen: 1_000 },
  { code: "bronze", minFen: 1_000, maxFen: 10_000 },
  { code: "silver", minFen: 10_000, maxFen: 30_000 },
  { code: "gold", minFen: 30_000, maxFen: null },
];

/** Recharge rule: 2 points per yuan (amountFen / 50), minimum 1000 fen. */
export const POINTS_PER_YUAN = 2;
export const MIN_RECHARGE_FEN = 1_000;

export type Access =
  | { kind: "no" }
  | { kind: "available" }
  | { kind: "points" }
  | { kind: "free" }
  | { kind: "pointsEach"; points: number };

export const FEATURES = [
  "diagnosis",
  "prediction",
  "news",
  "fullReport",
  "reportDownload",
  "mockInterview",
  "meetingAssistant",
  "emailReminders",
  "earlyAccess",
  "luckyDraw",
] as const;
export type Feature = (typeof FEATURES)[number];

const no: Access = { kind: "no" };
const yes: Access = { kind: "available" };
const points: Access = { kind: "points" };
const free: Access = { kind: "free" };

export const ENTITLEMENTS: Readonly<Record<Feature, Readonly<Record<Tier, Access>>>> = {
  diagnosis: { normal: points, bronze: points, silver: points, gold: points },
  prediction: { normal: points, bronze: points, silver: points, gold: points },
  news: { normal: no, bronze: yes, silver: yes, gold: yes },
  fullReport: { normal: no, bronze: yes, silver: yes, gold: yes },
  reportDownload: { normal: no, bronze: { kind: "pointsEach", points: 2 }, silver: free, gold: free },
  mockInterview: { normal: no, bronze: yes, silver: yes, gold: yes },
  meetingAssistant: { normal: no, bronze: no, silver: yes, gold: yes },
  emailReminders: { normal: no, bronze: no, silver: no, gold: yes },
  earlyAccess: { normal: no, bronze: no, silver: no, gold: yes },
  luckyDraw: { normal: no, bronze: no, silver: no, gold: yes },
};

/** The tier an active plan guarantees at least. */
export const PLAN_MIN_TIER: Tier = "silver";

export const tierLabelKey = (tier: Tier): MessageKey => `tier.${tier}`;
export const featureLabelKey = (feature: Feature): MessageKey => `feature.${feature}`;
