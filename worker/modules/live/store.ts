// The D1 record of live sessions (interview_sessions, meeting_sessions share their columns): created by the
// Worker, marked active on the first connect and ended exactly once by the session's Durable Object.

import { and, asc, desc, eq, inArray, lt, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { interviewSessions, meetingSessions } from "../../db/schema";
import { afterCursor, decodeCursor, pageOf } from "../../lib/cursor";
import { AppError } from "../../lib/errors";
import type { EndReason } from "./schemas";

export type LiveKind = "interview" | "meeting";
const TABLES = { interview: interviewSessions, meeting: meetingSessions } as const;
export type LiveRow = typeof interviewSessions.$inferSelect;

export const WS_PATHS: Record<LiveKind, (id: string) => string> = {
  interview: (id) => `/api/v1/mock-interviews/${id}/ws`,
  meeting: (id) => `/api/v1/meetings/${id}/ws`,
};

export async function insertSession(
  db: Db,
  kind: LiveKind,
  row: { id: string; userId: string; configJson: unknown; idempotencyKey: string | null },
): Promise<LiveRow | undefined> {
  return db
    .insert(TABLES[kind])
    .values({ ...row, status: "created", createdAt: new Date() })
    .onConflictDoNothing()
    .returning()
    .get();
}

export async function deleteSession(db: Db, kind: LiveKind, id: string): Promise<void> {
  await db.delete(TABLES[kind]).where(eq(TABLES[kind].id, id));
}

export async function findSessionByKey(db: Db, kind: LiveKind, userId: string, key: string) {
  const table = TABLES[kind];
  return db
    .select()
    .from(table)
    .where(and(eq(table.userId, userId), eq(table.idempotencyKey, key)))
    .get();
}

/** The user's session, or 404 (also for someone else's). */
export async function findOwnedSession(db: Db, kind: LiveKind, userId: string, id: string): Promise<LiveRow> {
  const table = TABLES[kind];
  const row = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.userId, userId)))
    .get();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The user's sessions of one kind, newest first, keyset-paged (interview_sessions_user_created_at_idx). */
export async function listOwnedSessions(
  db: Db,
  kind: LiveKind,
  userId: string,
  query: { cursor?: string; limit: number },
): Promise<{ rows: LiveRow[]; nextCursor: string | null }> {
  const table = TABLES[kind];
  const rows = await db
    .select()
    .from(table)
    .where(and(eq(table.userId, userId), afterCursor(table.createdAt, table.id, decodeCursor(query.cursor))))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(query.limit + 1)
    .all();
  return pageOf(rows, query.limit, (row) => row);
}

/** First connect: created → active (a no-op afterwards). */
export async function markActive(db: Db, kind: LiveKind, id: string): Promise<void> {
  const table = TABLES[kind];
  await db
    .update(table)
    .set({ status: "active" })
    .where(and(eq(table.id, id), eq(table.status, "created")));
}

/** Writes the end of a session once: a second call (a retried write) changes nothing. */
export async function recordEnd(
  db: Db,
  kind: LiveKind,
  id: string,
  end: { result: unknown; reason: EndReason; minutesBilled: number; pointsSpent: number; endedAt: Date },
): Promise<boolean> {
  const table = TABLES[kind];
  const updated = await db
    .update(table)
    .set({
      status: "ended",
      resultJson: end.result,
      endReason: end.reason,
      minutesBilled: end.minutesBilled,
      pointsSpent: end.pointsSpent,
      endedAt: end.endedAt,
    })
    .where(and(eq(table.id, id), ne(table.status, "ended")))
    .returning({ id: table.id })
    .all();
  return updated.length > 0;
}

/** The fields every kind's `session` view shares. */
export function sessionViewBase(kind: LiveKind, row: LiveRow) {
  return {
    id: row.id,
    status: row.status,
    wsPath: WS_PATHS[kind](row.id),
    endReason: (row.endReason as EndReason | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** Sessions still open in D1 that were created before `before`: candidates for the hourly sweep (status index). */
export async function staleOpenSessions(db: Db, kind: LiveKind, before: Date, limit: number): Promise<LiveRow[]> {
  const table = TABLES[kind];
  return db
    .select()
    .from(table)
    .where(and(inArray(table.status, ["created", "active"]), lt(table.createdAt, before)))
    .orderBy(asc(table.createdAt))
    .limit(limit)
    .all();
}
