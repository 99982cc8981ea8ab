// Value sets of the enum-like text columns. SQLite stores them as plain TEXT (no CHECK), so adding a value
// later is a code change only — a CHECK would force a table rebuild, which D1 cannot do safely for parent tables.

export const USER_ROLES = ["user", "support", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Tiers derived from cumulative paid amount; platinum and diamond are reserved (hidden) for now. */
export const TIERS = ["normal", "bronze", "silver", "gold", "platinum", "diamond"] as const;
export type Tier = (typeof TIERS)[number];

export const EMAIL_TOKEN_PURPOSES = ["verify", "reset"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

export const LEDGER_REASONS = [
  "recharge",
  "plan",
  "referral",
  "admin_adjust",
  "hold",
  "capture",
  "release",
  "spend",
  "expire",
  "refund",
] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

export const ORDER_KINDS = ["recharge", "plan", "transfer"] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = ["created", "paying", "paid", "closed", "refunded", "failed"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_PROVIDERS = ["wechatpay", "transfer", "simulator"] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

export const REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const ANALYSIS_KINDS = ["diagnosis", "prep"] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const LIVE_SESSION_STATUSES = ["created", "active", "ended"] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

export const TICKET_STATUSES = ["open", "pending", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const FEEDBACK_STATUSES = ["new", "seen", "archived"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const NEWS_STATUSES = ["draft", "published", "archived"] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

export const ANOMALY_STATUSES = ["open", "resolved"] as const;
export type AnomalyStatus = (typeof ANOMALY_STATUSES)[number];

export const EMAIL_STATUSES = ["queued", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
