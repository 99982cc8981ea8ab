import { and, inArray, lt } from "drizzle-orm";
import { createDb } from "../../db/client";
import { analysisJobs } from "../../db/schema";
import { log } from "../../lib/logger";
import { ANALYSIS_RUN, type AnalysisRunMessage } from "./jobs";
import { failAnalysisJob } from "./run";

/** A job still queued or running this long after submit has lost its queue message (or its consumer). */
export const STUCK_AFTER_MS = 15 * 60_000;
/** Deliveries after which a stuck job is given up (points released, user told) instead of sent again. */
export const MAX_ATTEMPTS = 6;
const BATCH = 50;

/**
 * Nothing is lost: re-sends `analysis.run` for stuck jobs (the consumer is idempotent, so a job that was
 * merely slow is not run twice to completion) and fails the ones that used up their attempts.
 */
export async function sweepStuckJobs(env: Env, now: Date) {
  const db = createDb(env.DB);
  const stuck = await db
    .select({ id: analysisJobs.id, attempts: analysisJobs.attempts })
    .from(analysisJobs)
    .where(
      and(
        inArray(analysisJobs.status, ["queued", "running"]),
        lt(analysisJobs.createdAt, new Date(now.getTime() - STUCK_AFTER_MS)),
      ),
    )
    .limit(BATCH);
  let resent = 0;
  let failed = 0;
  for (const job of stuck) {
    if (job.attempts >= MAX_ATTEMPTS) {
      await failAnalysisJob(env, job.id, "ANALYSIS_FAILED", { now: () => now });
      failed += 1;
    } else {
      await env.JOBS.send({ type: ANALYSIS_RUN, jobId: job.id } satisfies AnalysisRunMessage);
      resent += 1;
    }
  }
  if (stuck.length) log("warn", "analysis: swept stuck jobs", { resent, failed });
  return { resent, failed };
}
