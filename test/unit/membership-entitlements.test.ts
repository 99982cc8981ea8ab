import { describe, expect, it } from "vitest";
import { TIERS, type Tier } from "../../worker/db/schema/enums";
import { DEFAULT_BUSINESS_CONFIG } from "../../worker/modules/billing/defaults";
import {
  can,
  describeEntitlements,
  EntitlementsSchema,
  entitlementsFor,
  FEATURES,
  type Feature,
  reportDownloadCost,
} from "../../worker/modules/membership/entitlements";

const NOW = new Date("2026-03-01T00:00:00Z");
const RUNNING = new Date(NOW.getTime() + 1000);
const ENDED = new Date(NOW.getTime()); // ends_at <= now: over

const BASIC: Feature[] = ["diagnosis", "prediction"];
const BRONZE: Feature[] = [...BASIC, "news", "fullReport", "reportDownload", "mockInterview"];
const SILVER: Feature[] = [...BRONZE, "meetingAssistant"];
const GOLD: Feature[] = [...SILVER, "calendarReminders", "earlyAccess", "luckyDraw"];

const expected: Record<Tier, { noPlan: Feature[]; plan: Feature[] }> = {
  normal: { noPlan: BASIC, plan: SILVER },
  bronze: { noPlan: BRONZE, plan: SILVER },
  silver: { noPlan: SILVER, plan: SILVER },
  gold: { noPlan: GOLD, plan: GOLD },
  platinum: { noPlan: GOLD, plan: GOLD },
  diamond: { noPlan: GOLD, plan: GOLD },
};

describe("can", () => {
  for (const tier of TIERS) {
    for (const [label, membershipEndsAt] of [
      ["no plan", null],
      ["ended plan", ENDED],
      ["running plan", RUNNING],
    ] as const) {
      it(`${tier}, ${label}`, () => {
        const user = { tier, membershipEndsAt };
        const allowed = label === "running plan" ? expected[tier].plan : expected[tier].noPlan;
        for (const feature of FEATURES)
          expect([feature, can(user, feature, NOW)]).toEqual([feature, allowed.includes(feature)]);
        expect(entitlementsFor(user, NOW)).toEqual(FEATURES.filter((f) => allowed.includes(f)));
      });
    }
  }
});

describe("reportDownloadCost", () => {
  it("is the configured cost for bronze, free from silver or with a plan, unavailable for normal", () => {
    const cost = (tier: Tier, membershipEndsAt: Date | null = null) =>
      reportDownloadCost({ tier, membershipEndsAt }, DEFAULT_BUSINESS_CONFIG, NOW);
    expect(cost("normal")).toBeNull();
    expect(cost("bronze")).toBe(2);
    expect(cost("bronze", ENDED)).toBe(2);
    expect(cost("bronze", RUNNING)).toBe(0);
    expect(cost("normal", RUNNING)).toBe(0);
    expect(cost("silver")).toBe(0);
    expect(cost("gold")).toBe(0);
    expect(
      reportDownloadCost(
        { tier: "bronze", membershipEndsAt: null },
        { pointCosts: { ...DEFAULT_BUSINESS_CONFIG.pointCosts, reportDownload: 5 } },
        NOW,
      ),
    ).toBe(5);
  });
});

describe("describeEntitlements", () => {
  it("answers the UI shape", () => {
    const answer = describeEntitlements({ tier: "bronze", membershipEndsAt: RUNNING }, DEFAULT_BUSINESS_CONFIG, NOW);
    expect(EntitlementsSchema.parse(answer)).toEqual({
      tier: "bronze",
      effectiveTier: "silver",
      planActive: true,
      membershipEndsAt: RUNNING.toISOString(),
      features: SILVER,
      reportDownloadCost: 0,
    });
  });
});
