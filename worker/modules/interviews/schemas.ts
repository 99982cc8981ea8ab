// Mock interview (模拟面试): REST shapes and WebSocket messages (API.md "Live sessions"). Shared with web/.
import { z } from "zod";
import {
  EndMessage,
  EndReasonSchema,
  ErrorMessage,
  LiveLanguageSchema,
  LiveStatusSchema,
  PingMessage,
  PongMessage,
  TokenMessage,
} from "../live/schemas";

export const InterviewStyleSchema = z.enum(["friendly", "neutral", "pressure"]);
export type InterviewStyle = z.infer<typeof InterviewStyleSchema>;
export const QUESTION_COUNT = { min: 3, max: 15, default: 5 } as const;

export const CreateInterviewSchema = z.object({
  targetRole: z.string().trim().min(1).max(100),
  resumeId: z.string().min(1).max(64).optional(),
  jobDescription: z.string().trim().max(8000).optional(),
  style: InterviewStyleSchema.default("neutral"),
  questionCount: z.number().int().min(QUESTION_COUNT.min).max(QUESTION_COUNT.max).default(QUESTION_COUNT.default),
  language: LiveLanguageSchema.optional(),
});
export type CreateInterviewInput = z.input<typeof CreateInterviewSchema>;
export type CreateInterview = z.output<typeof CreateInterviewSchema>;

export const StarPartSchema = z.enum(["situation", "task", "action", "result"]);
export type StarPart = z.infer<typeof StarPartSchema>;
export const STAR_PARTS = StarPartSchema.options;

/** The STAR rubric applied to one answer: which parts are there, quoted from the answer. */
export const StarCheckSchema = z.record(
  StarPartSchema,
  z.object({ present: z.boolean(), evidence: z.string().nullable() }),
);
export type StarCheck = z.infer<typeof StarCheckSchema>;

export const PerQuestionSchema = z.object({
  question: z.string(),
  answer: z.string(),
  score: z.number().int().min(0).max(100),
  feedback: z.string(),
  star: StarCheckSchema.optional(),
  followUp: z.object({ question: z.string(), answer: z.string() }).optional(),
});

/** API.md interview `result`. */
export const InterviewResultSchema = z.object({
  overallScore: z.number().int().min(0).max(100),
  perQuestion: z.array(PerQuestionSchema),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
});
export type InterviewResult = z.infer<typeof InterviewResultSchema>;

/** API.md `session` of a mock interview. */
export const InterviewSessionSchema = z.object({
  id: z.string(),
  status: LiveStatusSchema,
  wsPath: z.string(),
  targetRole: z.string(),
  style: InterviewStyleSchema,
  questionCount: z.number().int(),
  language: LiveLanguageSchema,
  resumeId: z.string().nullable(),
  pointsCost: z.number().int(),
  endReason: EndReasonSchema.nullable(),
  result: InterviewResultSchema.nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type InterviewSessionView = z.infer<typeof InterviewSessionSchema>;
export const InterviewEnvelopeSchema = z.object({ session: InterviewSessionSchema });
export const InterviewListSchema = z.object({
  items: z.array(InterviewSessionSchema.omit({ result: true }).extend({ overallScore: z.number().int().nullable() })),
  nextCursor: z.string().nullable(),
});

// —— WebSocket ——

/** About ten minutes of speech; keeps `state` (every turn) well under the 1 MiB WebSocket message limit. */
export const ANSWER_MAX_CHARS = 4000;

export const InterviewClientMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("answer"), text: z.string().trim().min(1).max(ANSWER_MAX_CHARS) }),
  PingMessage,
  EndMessage,
]);
export type InterviewClientMessage = z.infer<typeof InterviewClientMessage>;

/** A question as asked: `followUp` marks the one 追问 on a thin answer. */
export const AskedQuestionSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  followUp: z.boolean(),
});

/** One answered turn, as redrawn after a reconnect. */
export const InterviewTurnSchema = z.object({
  index: z.number().int().min(0),
  question: z.string(),
  followUp: z.boolean(),
  answer: z.string(),
  feedback: z.string(),
  score: z.number().int().min(0).max(100),
  star: StarCheckSchema,
});
export type InterviewTurn = z.infer<typeof InterviewTurnSchema>;

export const InterviewPhaseSchema = z.enum(["asking", "assessing", "ended"]);

export const InterviewServerMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("state"),
    status: LiveStatusSchema,
    phase: InterviewPhaseSchema,
    targetRole: z.string(),
    style: InterviewStyleSchema,
    language: LiveLanguageSchema,
    total: z.number().int(),
    question: AskedQuestionSchema.nullable(),
    turns: z.array(InterviewTurnSchema),
    /** Feedback streamed so far for an answer still being assessed. */
    pendingFeedback: z.string().nullable(),
    startedAt: z.number().int(),
    /** When the session ends for inactivity unless the user acts (epoch ms). */
    idleDeadline: z.number().int().nullable(),
    result: InterviewResultSchema.nullable(),
  }),
  AskedQuestionSchema.extend({
    type: z.literal("question"),
    total: z.number().int(),
    /** The idle deadline as it stands now that the question is asked (epoch ms). */
    idleDeadline: z.number().int().nullable().optional(),
  }),
  TokenMessage,
  /** The scored turn, after its feedback tokens. */
  InterviewTurnSchema.extend({ type: z.literal("feedback") }),
  z.object({ type: z.literal("ended"), reason: EndReasonSchema, result: InterviewResultSchema }),
  ErrorMessage,
  PongMessage,
]);
export type InterviewServerMessage = z.infer<typeof InterviewServerMessage>;
