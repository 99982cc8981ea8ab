import { z } from "zod";

export const JobKindSchema = z.enum(["diagnosis", "prep"]);
export const JobStatusSchema = z.enum(["queued", "running", "succeeded", "failed"]);
/** Progress shown while a job runs. */
export const JobStageSchema = z.enum(["queued", "reading", "analysing", "writing", "done"]);

const TargetRole = z.string().trim().min(1).max(100);
const JobDescription = z.string().trim().max(8000);

/**
 * Contact details (phone, email, WeChat, address) are masked in anything sent to a third-party model unless the
 * user opts in here; the built-in offline engine never sends anything anywhere.
 */
const AllowContactsToModel = z.boolean().optional();

export const DiagnosisRequestSchema = z.object({
  resumeId: z.string().min(1).max(64),
  targetRole: TargetRole.optional(),
  jobDescription: JobDescription.optional(),
  allowContactsToModel: AllowContactsToModel,
});
export const PrepRequestSchema = z.object({
  resumeId: z.string().min(1).max(64),
  targetRole: TargetRole,
  jobDescription: JobDescription.optional(),
  company: z.string().trim().max(100).optional(),
  allowContactsToModel: AllowContactsToModel,
});
export type DiagnosisRequest = z.infer<typeof DiagnosisRequestSchema>;
export type PrepRequest = z.infer<typeof PrepRequestSchema>;

/** API.md diagnosis `result`. */
export const DiagnosisResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  dimensions: z.array(
    z.object({ key: z.string(), label: z.string(), score: z.number().int().min(0).max(100), comment: z.string() }),
  ),
  issues: z.array(
    z.object({
      severity: z.enum(["high", "medium", "low"]),
      section: z.string().optional(),
      evidence: z.string(),
      suggestion: z.string(),
    }),
  ),
  keywords: z.object({ matched: z.array(z.string()), missing: z.array(z.string()) }),
  summary: z.string(),
  /** What produced it: the same input gives the same result under the same versions. */
  meta: z.object({ engine: z.string(), rubricVersion: z.string(), promptVersion: z.string() }).optional(),
});
export type DiagnosisResult = z.infer<typeof DiagnosisResultSchema>;

/** API.md prep `result`. */
export const PrepResultSchema = z.object({
  questions: z.array(
    z.object({
      category: z.enum(["behavioral", "technical", "project", "hr"]),
      question: z.string(),
      why: z.string(),
      answerOutline: z.string(),
      difficulty: z.number().int().min(1).max(3),
    }),
  ),
  meta: z.object({ engine: z.string(), rubricVersion: z.string(), promptVersion: z.string() }).optional(),
});
export type PrepResult = z.infer<typeof PrepResultSchema>;

/** API.md `job`. */
export const JobSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  status: JobStatusSchema,
  stage: JobStageSchema,
  resumeId: z.string(),
  targetRole: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  result: z.union([DiagnosisResultSchema, PrepResultSchema]).optional(),
  pointsCost: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof JobSchema>;
export const JobEnvelopeSchema = z.object({ job: JobSchema });
export const JobListSchema = z.object({ items: z.array(JobSchema), nextCursor: z.string().nullable() });

/** Why a job failed (`job.error.code`); the message is given in the reader's language. */
export const JOB_ERROR_CODES = ["RESUME_GONE", "ANALYSIS_FAILED"] as const;
export type JobErrorCode = (typeof JOB_ERROR_CODES)[number];

export const JobIdParamSchema = z.object({ id: z.string().min(1).max(64) });
export const JobListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type JobStage = z.infer<typeof JobStageSchema>;
