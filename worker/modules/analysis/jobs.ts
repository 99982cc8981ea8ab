// AI jobs (diagnosis, interview prep): submit, read, list (ARCHITECTURE.md invariant 5).
//
// Submit: the job row is inserted first (`ON CONFLICT DO NOTHING` on (user, Idempotency-Key), so concurrent
// submits with one key create one row), then the points are held with the key `job:<id>:hold`. D1 has no
// interactive transactions and the ledger runs its own atomic batch, so a hold that fails (402) deletes the row
// it was for in the same request: a refused submit leaves nothing behind. Only a job whose points are held is
// enqueued. A repeated submit with the same key answers the first one's outcome (the same job, or 402 when
// the first was refused).

import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type AnalysisJob, analysisJobs, pointsLedger, resumes } from "../../db/schema";
import type { AnalysisKind } from "../../db/schema/enums";
import type { Locale } from "../../lib/contract";
import { afterCursor, decodeCursor, pageOf } from "../../lib/cursor";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { getBusinessConfig } from "../billing/config";
import { can, type EntitlementSubject } from "../membership/entitlements";
import { entitlementSubject } from "../membership/plans";
import { hold, release } from "../points/ledger";
import {
  type DiagnosisRequest,
  DiagnosisResultSchema,
  type Job,
  type JobErrorCode,
  JobStageSchema,
  type PrepRequest,
  PrepResultSchema,
} from "./schemas";

export const ANALYSIS_RUN = "analysis.run";
export type AnalysisRunMessage = { type: typeof ANALYSIS_RUN; jobId: string };

export const holdKeyOf = (jobId: string) => `job:${jobId}:hold`;
export const captureKeyOf = (jobId: string) => `job:${jobId}:capture`;
export const releaseKeyOf = (jobId: string) => `job:${jobId}:release`;

/** What the consumer needs besides the résumé; stored as `input_json`. */
export interface JobInput {
  targetRole?: string;
  jobDescription?: string;
  company?: string;
  allowContactsToModel: boolean;
  /** Language of the result and of the report (the submitter's at submit time). */
  locale: Locale;
}

export type SubmitRequest = { kind: "diagnosis"; body: DiagnosisRequest } | { kind: "prep"; body: PrepRequest };

const FEATURE = { diagnosis: "diagnosis", prep: "prediction" } as const;

async function findJobByKey(db: Db, userId: string, idempotencyKey: string) {
  return db
    .select()
    .from(analysisJobs)
    .where(and(eq(analysisJobs.userId, userId), eq(analysisJobs.idempotencyKey, idempotencyKey)))
    .get();
}

/**
 * A repeated submit: the first submit's outcome. While the first request is still holding the points, wait for
 * it (a few hundred ms at most): its row either gets its hold (→ that job) or is deleted (→ 402, as it was).
 */
async function replay(db: Db, userId: string, idempotencyKey: string, kind: AnalysisKind, resumeId: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const existing = await findJobByKey(db, userId, idempotencyKey);
    if (!existing) throw new AppError("INSUFFICIENT_POINTS", { details: { reason: "first_submit_refused" } });
    if (existing.kind !== kind || existing.resumeId !== resumeId) {
      throw new AppError("CONFLICT", { details: { reason: "idempotency_key_reused", idempotencyKey } });
    }
    if (existing.pointsCost === 0 || existing.status !== "queued") return existing;
    const held = await db
      .select({ id: pointsLedger.id })
      .from(pointsLedger)
      .where(eq(pointsLedger.idempotencyKey, holdKeyOf(existing.id)))
      .get();
    if (held) return existing;
    if (Date.now() > deadline) return existing;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Submits a job: checks the résumé is the user's (404), holds its points (402 when short) and enqueues it.
 * Answers the job row (for a repeated Idempotency-Key, the first submit's).
 */
export async function submitJob(
  db: Db,
  env: Pick<Env, "JOBS">,
  input: {
    user: { id: string; tier: EntitlementSubject["tier"] };
    request: SubmitRequest;
    idempotencyKey?: string;
    locale: Locale;
  },
): Promise<AnalysisJob> {
  const { user, request, idempotencyKey } = input;
  const resumeId = request.body.resumeId;
  const resume = await db
    .select({ id: resumes.id })
    .from(resumes)
    .where(and(eq(resumes.id, resumeId), eq(resumes.userId, user.id), isNull(resumes.deletedAt)))
    .get();
  if (!resume) throw new AppError("NOT_FOUND", { details: { reason: "resume_not_found" } });

  if (idempotencyKey) {
    const existing = await findJobByKey(db, user.id, idempotencyKey);
    if (existing) return replay(db, user.id, idempotencyKey, request.kind, resumeId);
  }

  if (!can(await entitlementSubject(db, user), FEATURE[request.kind])) throw new AppError("TIER_REQUIRED");
  const config = await getBusinessConfig(db);
  const pointsCost = request.kind === "diagnosis" ? config.pointCosts.diagnosis : config.pointCosts.prediction;

  const body = request.body;
  const jobInput: JobInput = {
    ...(body.targetRole ? { targetRole: body.targetRole } : {}),
    ...(body.jobDescription ? { jobDescription: body.jobDescription } : {}),
    ...("company" in body && body.company ? { company: body.company } : {}),
    allowContactsToModel: body.allowContactsToModel === true,
    locale: input.locale,
  };
  const id = newId();
  const holdKey = pointsCost > 0 ? holdKeyOf(id) : null;
  const inserted = await db
    .insert(analysisJobs)
    .values({
      id,
      userId: user.id,
      kind: request.kind,
      resumeId,
      inputJson: jobInput,
      status: "queued",
      stage: "queued",
      pointsCost,
      holdLedgerKey: holdKey,
      idempotencyKey: idempotencyKey ?? null,
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .returning()
    .get();
  if (!inserted) {
    // Another request with the same key won the insert (ids are fresh, so nothing else can conflict).
    if (!idempotencyKey) throw new Error("analysis: job insert conflicted without an idempotency key");
    return replay(db, user.id, idempotencyKey, request.kind, resumeId);
  }

  if (holdKey) {
    try {
      await hold(db, { userId: user.id, points: pointsCost, idempotencyKey: holdKey, refType: "job", refId: id });
    } catch (error) {
      // No hold, no job: the row goes (nothing refers to it yet; the message is only sent after the hold).
      await db.delete(analysisJobs).where(eq(analysisJobs.id, id));
      throw error;
    }
  }

  try {
    await env.JOBS.send({ type: ANALYSIS_RUN, jobId: id } satisfies AnalysisRunMessage);
  } catch (error) {
    log("error", "analysis: enqueue failed, giving the points back", { jobId: id, error: String(error) });
    if (holdKey) await release(db, holdKey, releaseKeyOf(id));
    await db.delete(analysisJobs).where(eq(analysisJobs.id, id));
    throw new AppError("UNAVAILABLE", { cause: error });
  }
  return inserted;
}

// ---------------------------------------------------------------------------------------------------------
// reading

export async function findUserJob(db: Db, userId: string, kind: AnalysisKind, id: string): Promise<AnalysisJob> {
  const row = await db
    .select()
    .from(analysisJobs)
    .where(and(eq(analysisJobs.id, id), eq(analysisJobs.userId, userId), eq(analysisJobs.kind, kind)))
    .get();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The user's jobs of one kind, newest first, paged by (createdAt, id). */
export async function listUserJobs(
  db: Db,
  userId: string,
  kind: AnalysisKind,
  query: { cursor?: string; limit: number },
): Promise<{ rows: AnalysisJob[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(analysisJobs)
    .where(
      and(
        eq(analysisJobs.userId, userId),
        eq(analysisJobs.kind, kind),
        afterCursor(analysisJobs.createdAt, analysisJobs.id, cursor),
      ),
    )
    .orderBy(desc(analysisJobs.createdAt), desc(analysisJobs.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, (row) => row);
}

const JOB_ERROR_MESSAGES: Record<JobErrorCode, Record<Locale, string>> = {
  RESUME_GONE: {
    "zh-CN": "简历已被删除，无法完成分析，冻结的积分已退回。",
    en: "The résumé was deleted, so the analysis could not run. The held points were returned.",
  },
  ANALYSIS_FAILED: {
    "zh-CN": "分析多次尝试后仍未完成，冻结的积分已退回，请稍后重试。",
    en: "The analysis did not complete after several attempts. The held points were returned; please try again later.",
  },
};

export function jobErrorMessage(code: string, locale: Locale): string {
  return (JOB_ERROR_MESSAGES[code as JobErrorCode] ?? JOB_ERROR_MESSAGES.ANALYSIS_FAILED)[locale];
}

export function jobInputOf(row: Pick<AnalysisJob, "inputJson">): JobInput {
  const input = (row.inputJson ?? {}) as Partial<JobInput>;
  return {
    ...input,
    allowContactsToModel: input.allowContactsToModel === true,
    locale: input.locale === "en" ? "en" : "zh-CN",
  };
}

/** The stored result, validated by the kind's schema (a row that does not validate shows no result). */
export function resultOf(row: Pick<AnalysisJob, "kind" | "resultJson">) {
  if (row.resultJson === null || row.resultJson === undefined) return undefined;
  const schema = row.kind === "diagnosis" ? DiagnosisResultSchema : PrepResultSchema;
  const parsed = schema.safeParse(row.resultJson);
  if (!parsed.success) log("error", "analysis: stored result does not validate", { kind: row.kind });
  return parsed.success ? parsed.data : undefined;
}

/** API.md `job`. */
export function toJob(row: AnalysisJob, locale: Locale): Job {
  const result = row.status === "succeeded" ? resultOf(row) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    stage: JobStageSchema.safeParse(row.stage).data ?? "queued",
    resumeId: row.resumeId ?? "",
    targetRole: jobInputOf(row).targetRole ?? null,
    ...(row.error ? { error: { code: row.error, message: jobErrorMessage(row.error, locale) } } : {}),
    ...(result ? { result } : {}),
    pointsCost: row.pointsCost,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
