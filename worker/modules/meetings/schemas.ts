// Meeting assistant (会议助手): REST shapes and WebSocket messages (API.md "Live sessions"). Shared with web/.
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

export const CreateMeetingSchema = z.object({
  title: z.string().trim().min(1).max(100),
  context: z.string().trim().max(4000).optional(),
  language: LiveLanguageSchema.optional(),
  /** The résumé suggestions are grounded in; default: the user's latest. */
  resumeId: z.string().min(1).max(64).optional(),
});
export type CreateMeetingInput = z.input<typeof CreateMeetingSchema>;
export type CreateMeeting = z.output<typeof CreateMeetingSchema>;

/** API.md meeting `result`. */
export const MeetingResultSchema = z.object({
  summary: z.string(),
  actionItems: z.array(z.string()),
  minutesBilled: z.number().int().min(0),
});
export type MeetingResult = z.infer<typeof MeetingResultSchema>;

/** One billed minute on the receipt. */
export const ReceiptLineSchema = z.object({
  minute: z.number().int().min(1),
  points: z.number().int(),
  at: z.string(),
});

export const MeetingSessionSchema = z.object({
  id: z.string(),
  status: LiveStatusSchema,
  wsPath: z.string(),
  title: z.string(),
  context: z.string().nullable(),
  language: LiveLanguageSchema,
  resumeId: z.string().nullable(),
  pointsPerMinute: z.number().int(),
  minutesBilled: z.number().int(),
  pointsSpent: z.number().int(),
  endReason: EndReasonSchema.nullable(),
  result: MeetingResultSchema.nullable(),
  /** Detail only: the billed minutes, itemised. */
  receipt: z.array(ReceiptLineSchema).optional(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type MeetingSessionView = z.infer<typeof MeetingSessionSchema>;
export const MeetingEnvelopeSchema = z.object({ session: MeetingSessionSchema });
export const MeetingListSchema = z.object({
  items: z.array(MeetingSessionSchema.omit({ result: true, receipt: true })),
  nextCursor: z.string().nullable(),
});

// —— WebSocket ——

export const TRANSCRIPT_LINE_MAX_CHARS = 4000;

export const SpeakerSchema = z.enum(["other", "me"]);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const MeetingClientMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("transcript"),
    speaker: SpeakerSchema,
    text: z.string().trim().min(1).max(TRANSCRIPT_LINE_MAX_CHARS),
    final: z.boolean(),
  }),
  /** Push-to-ask: suggest an answer to this text, or to the other side's last line when absent. */
  z.object({ type: z.literal("ask"), text: z.string().trim().min(1).max(TRANSCRIPT_LINE_MAX_CHARS).optional() }),
  PingMessage,
  EndMessage,
]);
export type MeetingClientMessage = z.infer<typeof MeetingClientMessage>;

export const TranscriptLineSchema = z.object({
  id: z.number().int(),
  speaker: SpeakerSchema,
  text: z.string(),
  at: z.number().int(),
});
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

export const SuggestionSchema = z.object({ id: z.string(), question: z.string(), text: z.string() });
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const BillingMessage = z.object({
  type: z.literal("billing"),
  pointsBalance: z.number().int(),
  minutesBilled: z.number().int(),
  pointsSpent: z.number().int(),
  /** Whole minutes the balance still pays for. */
  minutesLeft: z.number().int(),
  /** The balance runs out within two minutes: the session will end when it does. */
  lowBalance: z.boolean(),
});

export const MeetingServerMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("state"),
    status: LiveStatusSchema,
    title: z.string(),
    language: LiveLanguageSchema,
    transcript: z.array(TranscriptLineSchema),
    suggestions: z.array(SuggestionSchema),
    /** A suggestion still streaming: its question and the text so far. */
    pending: SuggestionSchema.nullable(),
    billing: BillingMessage.omit({ type: true }),
    pointsPerMinute: z.number().int(),
    startedAt: z.number().int(),
    result: MeetingResultSchema.nullable(),
  }),
  TokenMessage,
  /** A suggested answer, complete: sent after its tokens. */
  SuggestionSchema.extend({ type: z.literal("suggestion") }),
  BillingMessage,
  z.object({ type: z.literal("ended"), reason: EndReasonSchema, result: MeetingResultSchema }),
  ErrorMessage,
  PongMessage,
]);
export type MeetingServerMessage = z.infer<typeof MeetingServerMessage>;
