import { describe, expect, it } from "vitest";
import {
  type BusinessConfig,
  BusinessConfigSchema,
  DEFAULT_BUSINESS_CONFIG,
} from "../../worker/modules/billing/defaults";
import { nextTier, tierFor } from "../../worker/modules/membership/tiers";

describe("tierFor", () => {
  it.each([
    [0, "normal"],
    [999, "normal"],
    [1000, "bronze"],
    [9999, "bronze"],
    [10000, "silver"],
    [29999, "silver"],
    [30000, "gold"],
    [99_999_999, "gold"], // platinum and diamond are reserved (disabled) by default
    [-5, "normal"],
  ] as const)("%i fen → %s", (fen, tier) => {
    expect(tierFor(fen, DEFAULT_BUSINESS_CONFIG)).toBe(tier);
  });

  it("follows the configured thresholds and enabled flags, whatever the order in the config", () => {
    const config: BusinessConfig = BusinessConfigSchema.parse({
      ...DEFAULT_BUSINESS_CONFIG,
      tiers: [
        { code: "platinum", minPaidFen: 50_000, enabled: true },
        { code: "gold", minPaidFen: 40_000, enabled: true },
        { code: "silver", minPaidFen: 10_000, enabled: false },
        { code: "bronze", minPaidFen: 500, enabled: true },
        { code: "normal", minPaidFen: 0, enabled: true },
      ],
    });
    expect(tierFor(499, config)).toBe("normal");
    expect(tierFor(500, config)).toBe("bronze");
    expect(tierFor(20_000, config)).toBe("bronze"); // silver switched off
    expect(tierFor(40_000, config)).toBe("gold");
    expect(tierFor(50_000, config)).toBe("platinum");
  });
});

describe("nextTier", () => {
  it("names the next enabled tier and what is left to pay", () => {
    expect(nextTier(0, DEFAULT_BUSINESS_CONFIG)).toEqual({ tier: "bronze", minPaidFen: 1000, remainingFen: 1000 });
    expect(nextTier(1000, DEFAULT_BUSINESS_CONFIG)).toEqual({ tier: "silver", minPaidFen: 10000, remainingFen: 9000 });
    expect(nextTier(29999, DEFAULT_BUSINESS_CONFIG)).toEqual({ tier: "gold", minPaidFen: 30000, remainingFen: 1 });
    expect(nextTier(30000, DEFAULT_BUSINESS_CONFIG)).toBeNull(); // reserved tiers are not shown
  });
});
