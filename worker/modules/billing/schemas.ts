import { z } from "zod";

export const PlanCodeSchema = z.enum(["week", "month", "quarter"]);
export type PlanCode = z.infer<typeof PlanCodeSchema>;

export const PlanSchema = z.object({
  code: PlanCodeSchema,
  name: z.string(),
  priceFen: z.number().int().nonnegative(),
  days: z.number().int().positive(),
  points: z.number().int().nonnegative(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PlanListSchema = z.object({ items: z.array(PlanSchema) });
