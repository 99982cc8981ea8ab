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

export const OrderStatusSchema = z.enum(["created", "paying", "paid", "closed", "refunded", "failed"]);
export const OrderProviderSchema = z.enum(["wechatpay", "transfer", "simulator"]);

/** How the buyer pays: WeChat Pay Native QR (the simulator in development) or a corporate bank transfer. */
export const PayMethodSchema = z.enum(["wechatpay", "transfer"]);

/** `POST /api/v1/billing/orders`. Recharge bounds (10–5,000 CNY by default) are checked against the config. */
export const CreateOrderBodySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("recharge"),
    amountFen: z.number().int().positive(),
    payMethod: PayMethodSchema.default("wechatpay"),
  }),
  z.object({ kind: z.literal("plan"), planCode: PlanCodeSchema, payMethod: PayMethodSchema.default("wechatpay") }),
]);
export type CreateOrderBody = z.infer<typeof CreateOrderBodySchema>;

/** `Idempotency-Key` header: one order per key per user. */
export const IdempotencyKeySchema = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[\w-]+$/);

/** Bank details shown for a corporate transfer (对公转账). */
export const TransferInstructionsSchema = z.object({
  reference: z.string(),
  accountName: z.string(),
  bankName: z.string(),
  accountNumber: z.string(),
});

/** API.md `order`. */
export const OrderSchema = z.object({
  id: z.string(),
  outTradeNo: z.string(),
  kind: z.enum(["recharge", "plan"]),
  planCode: PlanCodeSchema.nullable(),
  amountFen: z.number().int(),
  points: z.number().int(),
  status: OrderStatusSchema,
  provider: OrderProviderSchema,
  codeUrl: z.string().nullable(),
  transfer: TransferInstructionsSchema.nullable(),
  expiresAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Order = z.infer<typeof OrderSchema>;
export const OrderEnvelopeSchema = z.object({ order: OrderSchema });
export const OrderListSchema = z.object({ items: z.array(OrderSchema), nextCursor: z.string().nullable() });

/** `GET /api/v1/points/ledger` (defined with the ledger; re-exported for the billing pages). */
export { LedgerPageSchema } from "../points/schemas";

export const ListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `GET /api/v1/billing/config`: the public part of the business rules, for pricing and the membership card. */
export const PublicBillingConfigSchema = z.object({
  pointsPerYuan: z.number().int(),
  recharge: z.object({ minFen: z.number().int(), maxFen: z.number().int() }),
  /** Enabled tiers in ascending order of the cumulative paid amount from which they apply. */
  tiers: z.array(z.object({ code: z.enum(["normal", "bronze", "silver", "gold"]), minPaidFen: z.number().int() })),
  pointCosts: z.object({
    diagnosis: z.number().int(),
    prediction: z.number().int(),
    mockInterview: z.number().int(),
    meetingPerMinute: z.number().int(),
    reportDownload: z.number().int(),
  }),
  /** Features each tier unlocks (a running plan gives at least silver). */
  entitlements: z.record(z.string(), z.array(z.string())),
  transferAvailable: z.boolean(),
  simulator: z.boolean(),
});
export type PublicBillingConfig = z.infer<typeof PublicBillingConfigSchema>;
