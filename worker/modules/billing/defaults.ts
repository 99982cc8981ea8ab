import { z } from "zod";
import { TIERS } from "../../db/schema/enums";
import { PlanCodeSchema } from "./schemas";

/** The app_config key holding the business configuration document. */
export const BUSINESS_CONFIG_KEY = "business";

const Fen = z.number().int().nonnegative();
const Points = z.number().int().nonnegative();

export const TierCodeSchema = z.enum(TIERS);

const TierRuleSchema = z.object({
  code: TierCodeSchema,
  /** Cumulative paid amount (recharges + plans) from which the tier applies. */
  minPaidFen: Fen,
  /** Reserved tiers stay off: not derived, not shown. */
  enabled: z.boolean(),
});

const PlanRuleSchema = z.object({
  code: PlanCodeSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  priceFen: Fen.positive(),
  days: z.number().int().positive(),
  points: Points,
});

export const BusinessConfigSchema = z
  .object({
    /** Points credited per yuan paid by recharge (2 → amountFen / 50). */
    pointsPerYuan: z.number().int().positive(),
    recharge: z.object({ minFen: Fen.positive(), maxFen: Fen.positive() }),
    tiers: z.array(TierRuleSchema).min(1),
    plans: z.array(PlanRuleSchema).min(1),
    pointCosts: z.object({
      diagnosis: Points,
      prediction: Points,
      mockInterview: Points,
      meetingPerMinute: Points,
      reportDownload: Points,
    }),
    orderExpiryMinutes: z.number().int().min(5).max(120),
  })
  .superRefine((config, ctx) => {
    if (config.recharge.minFen > config.recharge.maxFen) {
      ctx.addIssue({ code: "custom", path: ["recharge", "minFen"], message: "must not exceed maxFen" });
    }
    const codes = config.tiers.map((tier) => tier.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: "custom", path: ["tiers"], message: "tier codes must be unique" });
    }
    const normal = config.tiers.find((tier) => tier.code === "normal");
    if (!normal?.enabled || normal.minPaidFen !== 0) {
      ctx.addIssue({ code: "custom", path: ["tiers"], message: "normal must be enabled and start at 0" });
    }
    // Thresholds must rise in tier order so that a bigger total never derives a lower tier.
    const ordered = [...config.tiers].sort((a, b) => TIERS.indexOf(a.code) - TIERS.indexOf(b.code));
    ordered.forEach((tier, i) => {
      const previous = ordered[i - 1];
      if (previous && tier.minPaidFen <= previous.minPaidFen) {
        ctx.addIssue({ code: "custom", path: ["tiers", i, "minPaidFen"], message: "thresholds must increase by tier" });
      }
    });
    const planCodes = config.plans.map((plan) => plan.code);
    if (new Set(planCodes).size !== planCodes.length) {
      ctx.addIssue({ code: "custom", path: ["plans"], message: "plan codes must be unique" });
    }
  });

export type BusinessConfig = z.infer<typeof BusinessConfigSchema>;
export type TierRule = z.infer<typeof TierRuleSchema>;
export type PlanRule = z.infer<typeof PlanRuleSchema>;

/** Defaults from the business rules (issue 4); admins override them through app_config. */
export const DEFAULT_BUSINESS_CONFIG: BusinessConfig = {
  pointsPerYuan: 2,
  recharge: { minFen: 1_000, maxFen: 500_000 },
  tiers: [
    { code: "normal", minPaidFen: 0, enabled: true },
    { code: "bronze", minPaidFen: 1_000, enabled: true },
    { code: "silver", minPaidFen: 10_000, enabled: true },
    { code: "gold", minPaidFen: 30_000, enabled: true },
    { code: "platinum", minPaidFen: 100_000, enabled: false },
    { code: "diamond", minPaidFen: 300_000, enabled: false },
  ],
  plans: [
    { code: "week", nameZh: "周卡", nameEn: "Weekly pass", priceFen: 1_990, days: 7, points: 100 },
    { code: "month", nameZh: "月卡", nameEn: "Monthly pass", priceFen: 5_990, days: 30, points: 400 },
    { code: "quarter", nameZh: "季卡", nameEn: "Quarterly pass", priceFen: 14_900, days: 90, points: 1_200 },
  ],
  pointCosts: {
    diagnosis: 20,
    prediction: 20,
    mockInterview: 30,
    meetingPerMinute: 3,
    reportDownload: 2,
  },
  orderExpiryMinutes: 30,
};
