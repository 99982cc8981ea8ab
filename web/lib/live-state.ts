import type { z } from "zod";
import type {
  AskedQuestionSchema,
  InterviewPhaseSchema,
  InterviewResult,
  InterviewServerMessage,
  InterviewStyle,
  InterviewTurn,
  StarCheck,
  StarPart,
} from "../../worker/modules/interviews/schemas.ts";
import type { EndReason, LiveLanguage } from "../../worker/modules/live/schemas.ts";
import type {
  BillingMessage,
  MeetingResult,
  MeetingServerMessage,
  Speaker,
  Suggestion,
  TranscriptLine,
} from "../../worker/modules/meetings/schemas.ts";

/**
 * What a live-session room shows, folded from the server's messages (pure reducers, no React): the
 * `state` message replaces everything — it is sent on every (re)connect — and the others update it.
 * Type-only imports of the shared schemas.
 */

type LiveStatus = "created" | "active" | "ended";
export type AskedQuestion = z.infer<typeof AskedQuestionSchema>;
export type InterviewPhase = z.infer<typeof InterviewPhaseSchema>;
export type SocketProblem = { code: string; message: string };

/** What every room shows. */
interface RoomState<R> {
  /** A `state` message has arrived (the room can be drawn). */
  synced: boolean;
  status: LiveStatus;
  language: LiveLanguage | null;
  startedAt: number | null;
  result: R | null;
  endReason: EndReason | null;
  error: SocketProblem | null;
}

const initialRoomState = {
  synced: false,
  status: "created",
  language: null,
  startedAt: null,
  result: null,
  endReason: null,
  error: null,
} as const;

/** What every room takes from a `state` message (why it ended comes with `ended`; else it was ended). */
function syncedRoomState<R>(
  state: RoomState<R>,
  m: { status: LiveStatus; language: LiveLanguage; startedAt: number | null; result: R | null },
): RoomState<R> {
  return {
    synced: true,
    status: m.status,
    language: m.language,
    startedAt: m.startedAt,
    result: m.result,
    endReason: m.status === "ended" ? (state.endReason ?? "end") : null,
    error: null,
  };
}

const withoutError = <S extends RoomState<unknown>>(state: S): S => (state.error ? { ...state, error: null } : state);

export interface InterviewRoomState extends RoomState<InterviewResult> {
  phase: InterviewPhase;
  targetRole: string;
  style: InterviewStyle | null;
  total: number;
  question: AskedQuestion | null;
  turns: InterviewTurn[];
  /** The answer being assessed, as sent from here (unknown after a reload). */
  answer: string | null;
  /** Feedback streamed so far for that answer. */
  feedback: string | null;
  idleDeadline: number | null;
}

export const initialInterviewState: InterviewRoomState = {
  ...initialRoomState,
  phase: "asking",
  targetRole: "",
  style: null,
  total: 0,
  question: null,
  turns: [],
  answer: null,
  feedback: null,
  idleDeadline: null,
};

export type InterviewAction =
  | { kind: "message"; message: InterviewServerMessage }
  /** The user's answer went out. */
  | { kind: "answered"; text: string }
  | { kind: "dismissError" };

const turnKey = (turn: Pick<InterviewTurn, "index" | "followUp">) => `${turn.index}:${turn.followUp ? 1 : 0}`;

function upsertTurn(turns: readonly InterviewTurn[], turn: InterviewTurn): InterviewTurn[] {
  const key = turnKey(turn);
  const at = turns.findIndex((t) => turnKey(t) === key);
  if (at === -1) return [...turns, turn];
  const next = [...turns];
  next[at] = turn;
  return next;
}

export function interviewReducer(state: InterviewRoomState, action: InterviewAction): InterviewRoomState {
  switch (action.kind) {
    case "answered":
      return { ...state, phase: "assessing", answer: action.text, feedback: "", error: null, idleDeadline: null };
    case "dismissError":
      return withoutError(state);
    case "message":
      return applyInterviewMessage(state, action.message);
  }
}

function applyInterviewMessage(state: InterviewRoomState, m: InterviewServerMessage): InterviewRoomState {
  switch (m.type) {
    case "state":
      return {
        ...syncedRoomState(state, m),
        phase: m.phase,
        targetRole: m.targetRole,
        style: m.style,
        total: m.total,
        question: m.question,
        turns: m.turns,
        // Still assessing the same answer: keep what was sent from here (the server does not repeat it).
        answer: m.phase === "assessing" ? state.answer : null,
        feedback: m.phase === "assessing" ? (m.pendingFeedback ?? "") : null,
        idleDeadline: m.idleDeadline,
      };
    case "question":
      return {
        ...state,
        status: "active",
        phase: "asking",
        total: m.total,
        question: { index: m.index, text: m.text, followUp: m.followUp },
        answer: null,
        feedback: null,
        idleDeadline: m.idleDeadline ?? state.idleDeadline,
      };
    case "token":
      return {
        ...state,
        phase: state.phase === "ended" ? "ended" : "assessing",
        feedback: (state.feedback ?? "") + m.text,
      };
    case "feedback": {
      const { type: _type, ...turn } = m;
      return { ...state, turns: upsertTurn(state.turns, turn), answer: null, feedback: null };
    }
    case "ended":
      return {
        ...state,
        status: "ended",
        phase: "ended",
        result: m.result,
        endReason: m.reason,
        answer: null,
        feedback: null,
        idleDeadline: null,
      };
    case "error": {
      // The answer was refused before any feedback streamed: back to asking (the page restores the text).
      const refused = state.answer !== null && !state.feedback && state.phase === "assessing";
      return {
        ...state,
        error: { code: m.code, message: m.message },
        ...(refused ? { phase: "asking" as const, answer: null, feedback: null } : {}),
      };
    }
    case "pong":
      return state;
  }
}

/** Main questions answered (follow-ups do not count towards the total). */
export const answeredCount = (turns: readonly InterviewTurn[]) => new Set(turns.map((t) => t.index)).size;

/** STAR parts in rubric order with whether each is present. */
export const starParts = (star: StarCheck | undefined, parts: readonly StarPart[]) =>
  parts.map((part) => ({ part, present: star?.[part]?.present ?? false, evidence: star?.[part]?.evidence ?? null }));

// —— meetings ——

export type MeetingBilling = Omit<z.infer<typeof BillingMessage>, "type">;

/** A suggestion still streaming, by its `ref`. */
export interface StreamingSuggestion {
  id: string;
  question: string;
  text: string;
}

/** A transcript line: from the server, or sent from here since the last `state` (`local`). */
export interface RoomLine extends TranscriptLine {
  local?: boolean;
}

export interface MeetingRoomState extends RoomState<MeetingResult> {
  title: string;
  transcript: RoomLine[];
  /** Complete suggestions, oldest first. */
  suggestions: Suggestion[];
  streaming: StreamingSuggestion[];
  billing: MeetingBilling | null;
  pointsPerMinute: number | null;
  /** Next id for a local line (negative: never clashes with the server's). */
  nextLocalId: number;
}

export const initialMeetingState: MeetingRoomState = {
  ...initialRoomState,
  title: "",
  transcript: [],
  suggestions: [],
  streaming: [],
  billing: null,
  pointsPerMinute: null,
  nextLocalId: -1,
};

export type MeetingAction =
  | { kind: "message"; message: MeetingServerMessage }
  /** A final transcript line went out. */
  | { kind: "said"; speaker: Speaker; text: string; at: number }
  /** A push-to-ask went out (the suggestion streams in under a ref the server picks). */
  | { kind: "dismissError" };

/** Token without a ref: the one suggestion streaming, if any. */
const UNNAMED = "";

export function meetingReducer(state: MeetingRoomState, action: MeetingAction): MeetingRoomState {
  switch (action.kind) {
    case "said":
      return {
        ...state,
        transcript: [
          ...state.transcript,
          { id: state.nextLocalId, speaker: action.speaker, text: action.text, at: action.at, local: true },
        ],
        nextLocalId: state.nextLocalId - 1,
      };
    case "dismissError":
      return withoutError(state);
    case "message":
      return applyMeetingMessage(state, action.message);
  }
}

function applyMeetingMessage(state: MeetingRoomState, m: MeetingServerMessage): MeetingRoomState {
  switch (m.type) {
    case "state":
      return {
        ...syncedRoomState(state, m),
        title: m.title,
        transcript: m.transcript,
        suggestions: m.suggestions,
        streaming: m.pending ? [m.pending] : [],
        billing: m.billing,
        pointsPerMinute: m.pointsPerMinute,
        nextLocalId: state.nextLocalId,
      };
    case "token": {
      const ref = m.ref ?? (state.streaming.length === 1 ? (state.streaming[0]?.id ?? UNNAMED) : UNNAMED);
      const at = state.streaming.findIndex((s) => s.id === ref);
      const streaming = [...state.streaming];
      if (at === -1) streaming.push({ id: ref, question: "", text: m.text });
      else {
        const current = streaming[at] as StreamingSuggestion;
        streaming[at] = { ...current, text: current.text + m.text };
      }
      return { ...state, status: "active", streaming };
    }
    case "suggestion": {
      const { type: _type, ...suggestion } = m;
      const others = state.suggestions.filter((s) => s.id !== suggestion.id);
      return {
        ...state,
        suggestions: [...others, suggestion],
        streaming: state.streaming.filter((s) => s.id !== suggestion.id && s.id !== UNNAMED),
      };
    }
    case "billing": {
      const { type: _type, ...billing } = m;
      return { ...state, status: "active", billing };
    }
    case "ended":
      return { ...state, status: "ended", result: m.result, endReason: m.reason, streaming: [] };
    case "error":
      return { ...state, error: { code: m.code, message: m.message } };
    case "pong":
      return state;
  }
}
