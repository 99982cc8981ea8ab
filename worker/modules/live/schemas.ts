// The parts of the live-session protocol (API.md "Live sessions") that interviews and meetings share.
// Imported by web/ as well: one definition, validated on both ends.
import { z } from "zod";
import { LIVE_SESSION_STATUSES } from "../../db/schema/enums";

export const LiveStatusSchema = z.enum(LIVE_SESSION_STATUSES);
export const LiveLanguageSchema = z.enum(["zh-CN", "en"]);
export type LiveLanguage = z.infer<typeof LiveLanguageSchema>;
/** How prompts name the language a model must answer in. */
export const languageName = (language: LiveLanguage): string =>
  language === "en" ? "English" : "Simplified Chinese (简体中文)";

/** Why a session ended: all questions answered (interviews), the end message, the idle timeout, or (meetings) the balance ran out. */
export const EndReasonSchema = z.enum(["completed", "end", "timeout", "balance"]);
export type EndReason = z.infer<typeof EndReasonSchema>;

export const SessionIdParamSchema = z.object({ id: z.string().min(1).max(64) });
export const SessionListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const PingMessage = z.object({ type: z.literal("ping") });
export const EndMessage = z.object({ type: z.literal("end") });
export const PongMessage = z.object({ type: z.literal("pong") });
export const ErrorMessage = z.object({ type: z.literal("error"), code: z.string(), message: z.string() });
/** Streamed AI output; `ref` names what it belongs to (a meeting suggestion's id). */
export const TokenMessage = z.object({ type: z.literal("token"), text: z.string(), ref: z.string().optional() });

/** Live sessions answer WebSocket close codes a client can act on. */
export const CLOSE_ENDED = 4000;
