import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { createdAt, id, json, timestampMs } from "./columns";
import type { AnalysisKind, JobStatus } from "./enums";

export const resumes = sqliteTable(
  "resumes",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    r2Key: text("r2_key").notNull().unique(),
    filename: text("filename").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    pages: integer("pages").notNull(),
    sha256: text("sha256").notNull(),
    text: text("text").notNull(),
    sectionsJson: json("sections_json").notNull(),
    createdAt: createdAt(),
    deletedAt: timestampMs("deleted_at"),
  },
  (t) => [
    // Dedupe per user among live résumés; a deleted one may be uploaded again.
    // Partial index: insert with `.onConflictDoNothing()` without a target (see payment_events).
    uniqueIndex("resumes_user_sha256_uq").on(t.userId, t.sha256).where(sql`deleted_at IS NULL`),
    index("resumes_user_created_at_idx").on(t.userId, t.createdAt),
  ],
);

export const analysisJobs = sqliteTable(
  "analysis_jobs",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AnalysisKind>().notNull(),
    resumeId: text("resume_id").references(() => resumes.id, { onDelete: "set null" }),
    inputJson: json("input_json").notNull(),
    status: text("status").$type<JobStatus>().notNull().default("queued"),
    stage: text("stage"),
    error: text("error"),
    resultJson: json("result_json"),
    pointsCost: integer("points_cost").notNull(),
    /** Idempotency key of the ledger hold row, for capture/release. */
    holdLedgerKey: text("hold_ledger_key"),
    /** Engine, rubric and prompt versions that produced the result. */
    engine: text("engine"),
    attempts: integer("attempts").notNull().default(0),
    /** The client's Idempotency-Key of the submit (unique per user): a repeated submit answers the same job. */
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
    startedAt: timestampMs("started_at"),
    finishedAt: timestampMs("finished_at"),
  },
  (t) => [
    index("analysis_jobs_user_kind_created_at_idx").on(t.userId, t.kind, t.createdAt),
    index("analysis_jobs_resume_idx").on(t.resumeId),
    // Sweeps for stuck jobs (queued/running for too long).
    index("analysis_jobs_status_created_at_idx").on(t.status, t.createdAt),
    uniqueIndex("analysis_jobs_user_idempotency_key_uq").on(t.userId, t.idempotencyKey),
  ],
);

export type Resume = typeof resumes.$inferSelect;
export type NewResume = typeof resumes.$inferInsert;
export type AnalysisJob = typeof analysisJobs.$inferSelect;
export type NewAnalysisJob = typeof analysisJobs.$inferInsert;
