// The consumer of `analysis.run` (ARCHITECTURE.md invariant 5: queued → running → succeeded | failed).
//
// Exactly once, under redelivery and retries:
// - a finished job (succeeded / failed) is left alone: a redelivered message does nothing;
// - the claim is a conditional UPDATE (queued|running → running, attempts + 1): a retry after a crash may
//   take over a running job, a finished one is never touched again;
// - the validated result is stored first (status still running, stage "writing"), then the hold is captured
//   (idempotent by key), then the job is marked succeeded. A crash between any two steps is finished by the
//   retry, which reuses the stored result instead of running the engine again;
// - giving up (dead letter, or a non-retryable failure such as a deleted résumé) releases the hold, marks the
//   job failed and writes the user one `job_failed` message in their language, the last two in one batch.
//   If the hold had been captured already, the stored result stands and the job is marked succeeded instead.

import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { createDb, type Db } from "../../db/client";
import { type AnalysisJob, analysisJobs, resumes, users } from "../../db/schema";
import type { Locale } from "../../lib/contract";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { runBatch } from "../points/batch";
import { capture, release } from "../points/ledger";
import { type ResumeSection, ResumeSectionSchema } from "../resumes/schemas";
import { captureKeyOf, type JobInput, jobErrorMessage, jobInputOf, releaseKeyOf, resultOf } from "./jobs";
import {
  type DiagnosisResult,
  DiagnosisResultSchema,
  type JobErrorCode,
  type JobStage,
  type PrepResult,
  PrepResultSchema,
} from "./schemas";

/** The résumé as the analysis reads it. */
export interface ResumeForAnalysis {
  id: string;
  text: string;
  sections: ResumeSection[];
  pages: number;
}

/** Produces a job's result (the AI gateway with the offline engine in production; see ai.ts). */
export type AnalysisRunner = (args: {
  env: Env;
  db: Db;
  job: AnalysisJob;
  input: JobInput;
  resume: ResumeForAnalysis;
}) => Promise<{ result: unknown; engine: string }>;

export interface RunOptions {
  runner: AnalysisRunner;
  /** Called after each stage is stored (tests observe progress through the API here). */
  onStage?: (stage: JobStage) => Promise<void> | void;
  now?: () => Date;
}

export type RunOutcome = "missing" | "finished" | "succeeded" | "failed";

const ACTIVE = ["queued", "running"] as const;

async function setStage(db: Db, jobId: string, stage: JobStage, options: RunOptions): Promise<void> {
  await db
    .update(analysisJobs)
    .set({ stage })
    .where(and(eq(analysisJobs.id, jobId), eq(analysisJobs.status, "running")));
  await options.onStage?.(stage);
}

const isConflict = (error: unknown, reason: string) =>
  error instanceof AppError &&
  error.code === "CONFLICT" &&
  (error.details as { reason?: string } | undefined)?.reason === reason;

/** Marks a running job with a stored, captured result as succeeded. */
async function markSucceeded(db: Db, jobId: string, now: Date): Promise<void> {
  await db
    .update(analysisJobs)
    .set({ status: "succeeded", stage: "done", finishedAt: now, error: null })
    .where(and(eq(analysisJobs.id, jobId), inArray(analysisJobs.status, ACTIVE)));
}

/** Runs one job to its end. Throws on a retryable failure (the dispatcher retries with backoff). */
export async function runAnalysisJob(env: Env, jobId: string, options: RunOptions): Promise<RunOutcome> {
  const db = createDb(env.DB);
  const now = options.now ?? (() => new Date());
  const job = await db.select().from(analysisJobs).where(eq(analysisJobs.id, jobId)).get();
  if (!job) return "missing";
  if (job.status === "succeeded" || job.status === "failed") return "finished";

  const claimed = await db
    .update(analysisJobs)
    .set({
      status: "running",
      stage: "reading",
      attempts: sql`${analysisJobs.attempts} + 1`,
      startedAt: job.startedAt ?? now(),
    })
    .where(and(eq(analysisJobs.id, jobId), inArray(analysisJobs.status, ACTIVE)))
    .returning()
    .get();
  if (!claimed) return "finished";
  await options.onStage?.("reading");

  // An earlier attempt may have stored the result before failing to capture or finish: finish it.
  if (!resultOf(claimed)) {
    const resume = claimed.resumeId
      ? await db
          .select({ id: resumes.id, text: resumes.text, sections: resumes.sectionsJson, pages: resumes.pages })
          .from(resumes)
          .where(and(eq(resumes.id, claimed.resumeId), eq(resumes.userId, claimed.userId), isNull(resumes.deletedAt)))
          .get()
      : undefined;
    if (!resume) {
      await failAnalysisJob(env, jobId, "RESUME_GONE", { now });
      return "failed";
    }

    await setStage(db, jobId, "analysing", options);
    const input = jobInputOf(claimed);
    const sections = z.array(ResumeSectionSchema).safeParse(resume.sections).data ?? [];
    const { result: raw, engine } = await options.runner({
      env,
      db,
      job: claimed,
      input,
      resume: { ...resume, sections },
    });
    const result: DiagnosisResult | PrepResult =
      claimed.kind === "diagnosis" ? DiagnosisResultSchema.parse(raw) : PrepResultSchema.parse(raw);

    const stored = await db
      .update(analysisJobs)
      .set({ stage: "writing", resultJson: result, engine })
      .where(and(eq(analysisJobs.id, jobId), eq(analysisJobs.status, "running")))
      .returning({ id: analysisJobs.id })
      .get();
    if (!stored) return "finished";
    await options.onStage?.("writing");
  }

  if (claimed.holdLedgerKey) {
    try {
      await capture(db, claimed.holdLedgerKey, captureKeyOf(jobId));
    } catch (error) {
      // The dead-letter clean-up gave the points back meanwhile: the job has failed, the result is not delivered.
      if (isConflict(error, "hold_released")) {
        await failAnalysisJob(env, jobId, "ANALYSIS_FAILED", { now });
        return "failed";
      }
      throw error;
    }
  }
  await markSucceeded(db, jobId, now());
  await options.onStage?.("done");
  return "succeeded";
}

const FAILURE_TITLES: Record<AnalysisJob["kind"], Record<Locale, string>> = {
  diagnosis: { "zh-CN": "简历诊断未能完成", en: "Your résumé diagnosis could not be completed" },
  prep: { "zh-CN": "面试押题未能完成", en: "Your interview prep could not be completed" },
};

/**
 * Gives up on a job: releases its hold, marks it failed with `code` and tells the user (one `job_failed`
 * message, in their language). Idempotent; a job whose hold was captured keeps its result and succeeds.
 */
export async function failAnalysisJob(
  env: Env,
  jobId: string,
  code: JobErrorCode,
  options: { now?: () => Date } = {},
): Promise<"failed" | "succeeded" | "finished" | "missing"> {
  const db = createDb(env.DB);
  const now = options.now ?? (() => new Date());
  const job = await db.select().from(analysisJobs).where(eq(analysisJobs.id, jobId)).get();
  if (!job) return "missing";
  if (job.status === "succeeded" || job.status === "failed") return "finished";

  if (job.holdLedgerKey) {
    try {
      await release(db, job.holdLedgerKey, releaseKeyOf(jobId));
    } catch (error) {
      if (isConflict(error, "hold_captured") && resultOf(job)) {
        // Charged for a stored result: it is delivered.
        await markSucceeded(db, jobId, now());
        return "succeeded";
      }
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      log("error", "analysis: job without its hold", { jobId, holdKey: job.holdLedgerKey });
    }
  }

  const owner = await db.select({ locale: users.locale }).from(users).where(eq(users.id, job.userId)).get();
  const locale: Locale = owner?.locale === "en" ? "en" : "zh-CN";
  const finishedAt = now();
  // The status change and the message in one atomic batch: the message is written iff this call failed the job
  // (its id is derived from the job, so a repeated clean-up cannot write a second one).
  await runBatch(db, [
    db
      .update(analysisJobs)
      .set({ status: "failed", error: code, finishedAt })
      .where(and(eq(analysisJobs.id, jobId), inArray(analysisJobs.status, ACTIVE))),
    sql`INSERT INTO messages (id, user_id, kind, title, body, data_json, created_at)
      SELECT ${`jf${jobId}`}, ${job.userId}, 'job_failed', ${FAILURE_TITLES[job.kind][locale]},
        ${jobErrorMessage(code, locale)}, ${JSON.stringify({ jobId, kind: job.kind, code })}, ${finishedAt.getTime()}
      WHERE EXISTS (SELECT 1 FROM analysis_jobs WHERE id = ${jobId} AND status = 'failed' AND error = ${code})
      ON CONFLICT DO NOTHING`,
  ]);
  log("warn", "analysis: job failed", { jobId, code, kind: job.kind });
  return "failed";
}
