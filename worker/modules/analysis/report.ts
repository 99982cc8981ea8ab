// The diagnosis report as a PDF (GET /diagnoses/:id/report.pdf).
//
// Tier rules (one function: reportDownloadCost): normal → 403 TIER_REQUIRED; bronze → the configured points
// (2) per report, charged once with the ledger key `report:<jobId>` (re-downloads are free); silver and above,
// or anyone with a running plan → free. The PDF is rendered once and cached in R2 at `reports/<jobId>.pdf`;
// the points are taken only once the PDF exists, so a failed render never costs anything.

import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type AnalysisJob, pointsLedger } from "../../db/schema";
import type { Tier } from "../../db/schema/enums";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { getBusinessConfig } from "../billing/config";
import { reportDownloadCost } from "../membership/entitlements";
import { entitlementSubject } from "../membership/plans";
import { spend } from "../points/ledger";
import { findUserJob, jobInputOf, resultOf } from "./jobs";
import type { DiagnosisResult } from "./schemas";

export const reportKeyOf = (jobId: string) => `reports/${jobId}.pdf`;
export const reportSpendKeyOf = (jobId: string) => `report:${jobId}`;

/** What a download costs this user now: null = not entitled (403), 0 = free. */
async function downloadCost(db: Db, user: { id: string; tier: Tier }): Promise<number | null> {
  return reportDownloadCost(await entitlementSubject(db, user), await getBusinessConfig(db));
}

async function alreadyCharged(db: Db, jobId: string): Promise<boolean> {
  const row = await db
    .select({ id: pointsLedger.id })
    .from(pointsLedger)
    .where(eq(pointsLedger.idempotencyKey, reportSpendKeyOf(jobId)))
    .get();
  return row !== undefined;
}

async function cachedOrRendered(bucket: R2Bucket, job: AnalysisJob, result: DiagnosisResult): Promise<Uint8Array> {
  const key = reportKeyOf(job.id);
  const cached = await bucket.get(key);
  if (cached) return new Uint8Array(await cached.arrayBuffer());
  const input = jobInputOf(job);
  const { renderDiagnosisReport } = await import("./report-render");
  const bytes = await renderDiagnosisReport({
    jobId: job.id,
    result,
    targetRole: input.targetRole ?? null,
    locale: input.locale,
    createdAt: job.finishedAt ?? job.createdAt,
  });
  try {
    await bucket.put(key, bytes, {
      httpMetadata: { contentType: "application/pdf" },
      customMetadata: { jobId: job.id, userId: job.userId },
    });
  } catch (error) {
    // The cache is an optimisation: the user still gets the report.
    log("warn", "analysis: could not cache the report", { jobId: job.id, error: String(error) });
  }
  return bytes;
}

/**
 * The report of one of the user's succeeded diagnoses, charging a bronze member once. Errors: 404 (not theirs),
 * 409 JOB_NOT_READY (not succeeded), 403 TIER_REQUIRED (normal), 402 INSUFFICIENT_POINTS (bronze, short).
 */
export async function downloadDiagnosisReport(
  db: Db,
  bucket: R2Bucket,
  user: { id: string; tier: Tier },
  jobId: string,
): Promise<{ bytes: Uint8Array; charged: number; job: AnalysisJob }> {
  const job = await findUserJob(db, user.id, "diagnosis", jobId);
  const result = job.status === "succeeded" ? resultOf(job) : undefined;
  if (!result || !("score" in result)) throw new AppError("JOB_NOT_READY");
  const cost = await downloadCost(db, user);
  if (cost === null) throw new AppError("TIER_REQUIRED", { details: { feature: "reportDownload" } });
  const paid = cost > 0 && (await alreadyCharged(db, job.id));
  const bytes = await cachedOrRendered(bucket, job, result);
  let charged = 0;
  if (cost > 0 && !paid) {
    const outcome = await spend(db, {
      userId: user.id,
      points: cost,
      idempotencyKey: reportSpendKeyOf(job.id),
      refType: "report",
      refId: job.id,
    });
    charged = outcome.applied ? cost : 0;
  }
  return { bytes, charged, job };
}
