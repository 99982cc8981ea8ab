/**
 * Typed calls for the live sessions (API.md "Live sessions"): mock interviews (模拟面试) and the meeting
 * assistant (会议助手) — create, history, one session — and the WebSocket address of a session. The
 * socket itself: `useLiveSocket` in web/lib/live-socket.ts. Imports zod through the shared schemas: use
 * only from lazily loaded route components.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import {
  type CreateInterview,
  InterviewEnvelopeSchema,
  InterviewListSchema,
  type InterviewResult,
  type InterviewSessionView,
  type InterviewStyle,
  type InterviewTurn,
  type StarCheck,
  type StarPart,
} from "../../worker/modules/interviews/schemas.ts";
import type { EndReason, LiveLanguage } from "../../worker/modules/live/schemas.ts";
import {
  type CreateMeeting,
  MeetingEnvelopeSchema,
  MeetingListSchema,
  type MeetingResult,
  type MeetingSessionView,
  type Speaker,
  type Suggestion,
  type TranscriptLine,
} from "../../worker/modules/meetings/schemas.ts";
import { getLocale } from "../i18n/index.tsx";
import { apiFetch } from "./client.ts";

export type {
  CreateInterview,
  CreateMeeting,
  EndReason,
  InterviewResult,
  InterviewSessionView,
  InterviewStyle,
  InterviewTurn,
  LiveLanguage,
  MeetingResult,
  MeetingSessionView,
  Speaker,
  StarCheck,
  StarPart,
  Suggestion,
  TranscriptLine,
};
export type LiveKind = "interview" | "meeting";
export type ReceiptLine = NonNullable<MeetingSessionView["receipt"]>[number];

const LIVE_PATH: Record<LiveKind, string> = {
  interview: "/api/v1/mock-interviews",
  meeting: "/api/v1/meetings",
};
const sessionPath = (kind: LiveKind, id: string) => `${LIVE_PATH[kind]}/${encodeURIComponent(id)}`;

/** Query keys: everything under ["live", kind] can be invalidated at once. */
export const liveKeys = {
  all: ["live"] as const,
  kind: (kind: LiveKind) => ["live", kind] as const,
  list: (kind: LiveKind) => ["live", kind, "list"] as const,
  one: (kind: LiveKind, id: string) => ["live", kind, "one", id] as const,
};

/** A session that may still be joined (its room), as opposed to an ended one (its result). */
export const isLiveOpen = (session: { status: InterviewSessionView["status"] }) => session.status !== "ended";

export const liveApi = {
  /** `Idempotency-Key`: one per submission attempt, reused on retries (the server answers with the same session). */
  createInterview: (body: CreateInterview, idempotencyKey: string) =>
    apiFetch(LIVE_PATH.interview, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: InterviewEnvelopeSchema,
    }),
  createMeeting: (body: CreateMeeting, idempotencyKey: string) =>
    apiFetch(LIVE_PATH.meeting, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      schema: MeetingEnvelopeSchema,
    }),
};

/** The absolute `ws(s)://` address of a session's `wsPath` on this origin (the session cookie goes along). */
export function liveSocketUrl(wsPath: string, location: Pick<Location, "protocol" | "host"> = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${wsPath.startsWith("/") ? wsPath : `/${wsPath}`}`;
}

const PAGE_SIZE = 20;
const withCursor = (path: string, cursor: string | null, limit = PAGE_SIZE) =>
  `${path}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;

export const interviewsQueryOptions = () =>
  infiniteQueryOptions({
    // Keyed by locale: error messages follow Accept-Language.
    queryKey: [...liveKeys.list("interview"), getLocale()],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor(LIVE_PATH.interview, pageParam), { schema: InterviewListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const meetingsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...liveKeys.list("meeting"), getLocale()],
    queryFn: ({ pageParam, signal }) =>
      apiFetch(withCursor(LIVE_PATH.meeting, pageParam), { schema: MeetingListSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** One mock interview; an ended one does not change any more. */
export const interviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...liveKeys.one("interview", id), getLocale()],
    queryFn: ({ signal }) => apiFetch(sessionPath("interview", id), { schema: InterviewEnvelopeSchema, signal }),
    staleTime: (query) => (query.state.data && !isLiveOpen(query.state.data.session) ? Number.POSITIVE_INFINITY : 0),
  });

/** One meeting (with its itemised receipt); an ended one does not change any more. */
export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...liveKeys.one("meeting", id), getLocale()],
    queryFn: ({ signal }) => apiFetch(sessionPath("meeting", id), { schema: MeetingEnvelopeSchema, signal }),
    staleTime: (query) => (query.state.data && !isLiveOpen(query.state.data.session) ? Number.POSITIVE_INFINITY : 0),
  });
