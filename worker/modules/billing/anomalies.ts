import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { anomalies } from "../../db/schema";
import { log } from "../../lib/logger";

export type AnomalyKind =
  | "notify_unknown_order"
  | "notify_amount_mismatch"
  | "notify_merchant_mismatch"
  | "paid_after_close"
  | "paid_without_credit"
  | "credit_without_paid_order"
  | "credit_amount_mismatch"
  | "daily_total_mismatch"
  | "balance_mismatch";

/**
 * Records an anomaly once: the fingerprint (kind + ref) is unique, so the audit and repeated notifications
 * can report the same fact any number of times. Answers true when this call recorded it (alert then).
 */
export async function recordAnomaly(db: Db, kind: AnomalyKind, ref: string, details: Record<string, unknown>) {
  const rows = await db
    .insert(anomalies)
    .values({ id: newId(), kind, ref, fingerprint: `${kind}:${ref}`, detailsJson: details })
    .onConflictDoNothing()
    .returning({ id: anomalies.id });
  if (rows.length) log("warn", "billing anomaly", { kind, ref, details });
  return rows.length > 0;
}
