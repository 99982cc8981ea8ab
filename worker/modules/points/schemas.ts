import { z } from "zod";
import { LEDGER_REASONS } from "../../db/schema/enums";
import { listOf } from "../../lib/contract";

export const LedgerReasonSchema = z.enum(LEDGER_REASONS);

/** One row of GET /api/v1/points/ledger (API.md "Billing and points"). Times are ISO strings. */
export const LedgerItemSchema = z.object({
  id: z.string(),
  delta: z.number().int(),
  reason: LedgerReasonSchema,
  refType: z.string().nullable(),
  refId: z.string().nullable(),
  /** Set on expiring grants (plan points): when their unspent part expires. */
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerItem = z.infer<typeof LedgerItemSchema>;

export const LedgerPageSchema = listOf(LedgerItemSchema);
export type LedgerPage = z.infer<typeof LedgerPageSchema>;

export const LEDGER_PAGE_DEFAULT_LIMIT = 20;
export const LEDGER_PAGE_MAX_LIMIT = 100;

export const LedgerQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LEDGER_PAGE_MAX_LIMIT).default(LEDGER_PAGE_DEFAULT_LIMIT),
});
export type LedgerQuery = z.infer<typeof LedgerQuerySchema>;
