import { z } from "zod";

// WeChat Pay's own field names (snake_case) are kept: these types describe the provider, not our API.
// Unknown fields are dropped; fields WeChat may omit (depending on state) are optional.

const fen = z.number().int().nonnegative();

export const TradeStateSchema = z.enum([
  "SUCCESS",
  "REFUND",
  "NOTPAY",
  "CLOSED",
  "REVOKED",
  "USERPAYING",
  "PAYERROR",
  "ACCEPT",
]);
export type TradeState = z.infer<typeof TradeStateSchema>;

/** Query answer and decrypted `TRANSACTION.SUCCESS` resource. */
export const TransactionSchema = z.object({
  appid: z.string(),
  mchid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_type: z.string().optional(),
  trade_state: TradeStateSchema,
  trade_state_desc: z.string().optional(),
  bank_type: z.string().optional(),
  attach: z.string().optional(),
  success_time: z.string().optional(),
  payer: z.object({ openid: z.string().optional() }).optional(),
  amount: z
    .object({
      total: fen.optional(),
      payer_total: fen.optional(),
      currency: z.string().optional(),
      payer_currency: z.string().optional(),
    })
    .optional(),
});
export type Transaction = z.infer<typeof TransactionSchema>;

export const RefundStatusSchema = z.enum(["SUCCESS", "CLOSED", "PROCESSING", "ABNORMAL"]);
export type RefundStatus = z.infer<typeof RefundStatusSchema>;

/** Answer of the refund and refund query APIs. */
export const RefundSchema = z.object({
  refund_id: z.string(),
  out_refund_no: z.string(),
  transaction_id: z.string().optional(),
  out_trade_no: z.string().optional(),
  channel: z.string().optional(),
  user_received_account: z.string().optional(),
  success_time: z.string().optional(),
  create_time: z.string().optional(),
  status: RefundStatusSchema,
  funds_account: z.string().optional(),
  amount: z.object({
    total: fen,
    refund: fen,
    payer_total: fen.optional(),
    payer_refund: fen.optional(),
    settlement_refund: fen.optional(),
    settlement_total: fen.optional(),
    discount_refund: fen.optional(),
    currency: z.string().optional(),
  }),
});
export type Refund = z.infer<typeof RefundSchema>;

/** Decrypted resource of `REFUND.SUCCESS` / `REFUND.ABNORMAL` / `REFUND.CLOSED` (note `refund_status`). */
export const RefundNotificationSchema = z.object({
  mchid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  out_refund_no: z.string(),
  refund_id: z.string(),
  refund_status: RefundStatusSchema,
  success_time: z.string().optional(),
  user_received_account: z.string().optional(),
  amount: z.object({
    total: fen,
    refund: fen,
    payer_total: fen.optional(),
    payer_refund: fen.optional(),
  }),
});
export type RefundNotification = z.infer<typeof RefundNotificationSchema>;

export const NotificationEnvelopeSchema = z.object({
  id: z.string().min(1),
  create_time: z.string(),
  event_type: z.string().min(1),
  resource_type: z.string(),
  summary: z.string().optional(),
  resource: z.object({
    original_type: z.string(),
    algorithm: z.literal("AEAD_AES_256_GCM"),
    ciphertext: z.string().min(1),
    nonce: z.string().min(1),
    associated_data: z.string().optional(),
  }),
});
export type NotificationEnvelope = z.infer<typeof NotificationEnvelopeSchema>;
export type NotificationEvent = Omit<NotificationEnvelope, "resource">;

export const CodeUrlResponseSchema = z.object({ code_url: z.string().min(1) });

/** Body of every non-2xx answer. */
export const ApiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  detail: z.unknown().optional(),
});
