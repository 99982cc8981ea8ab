import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type BusinessConfig, DEFAULT_BUSINESS_CONFIG } from "../../worker/modules/billing/defaults";
import { recordPayment } from "../../worker/modules/membership/payments";
import { tierFor } from "../../worker/modules/membership/tiers";
import { db, newUser } from "../points/support";

const stored = (userId: string) =>
  env.DB.prepare("SELECT total_paid_fen AS totalPaidFen, tier FROM users WHERE id = ?").bind(userId).first();

describe("recordPayment", () => {
  it("derives the tier at every threshold edge, up and down", async () => {
    const userId = await newUser();
    const steps: [number, number, string][] = [
      [999, 999, "normal"],
      [1, 1000, "bronze"],
      [8999, 9999, "bronze"],
      [1, 10000, "silver"],
      [19999, 29999, "silver"],
      [1, 30000, "gold"],
      [-1, 29999, "silver"], // a refund lowers the total and the tier
      [-20000, 9999, "bronze"],
      [-9000, 999, "normal"],
      [-5000, 0, "normal"], // never below zero
    ];
    for (const [amount, total, tier] of steps) {
      expect(await recordPayment(db, userId, amount, DEFAULT_BUSINESS_CONFIG)).toEqual({ totalPaidFen: total, tier });
      expect(await stored(userId)).toEqual({ totalPaidFen: total, tier });
      expect(tierFor(total, DEFAULT_BUSINESS_CONFIG)).toBe(tier);
    }
  });

  it("adds concurrent payments atomically", async () => {
    const userId = await newUser();
    await Promise.all(Array.from({ length: 20 }, () => recordPayment(db, userId, 500, DEFAULT_BUSINESS_CONFIG)));
    expect(await stored(userId)).toEqual({ totalPaidFen: 10000, tier: "silver" });
  });

  it("uses the configured thresholds, including reserved tiers once enabled", async () => {
    const config: BusinessConfig = {
      ...DEFAULT_BUSINESS_CONFIG,
      tiers: DEFAULT_BUSINESS_CONFIG.tiers.map((t) => (t.code === "platinum" ? { ...t, enabled: true } : t)),
    };
    const userId = await newUser();
    expect((await recordPayment(db, userId, 100_000, DEFAULT_BUSINESS_CONFIG)).tier).toBe("gold");
    expect((await recordPayment(db, userId, 0, config)).tier).toBe("platinum");
    await expect(recordPayment(db, "nobody", 1, config)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
