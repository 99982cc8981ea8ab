import { and, desc, eq, gt, ne, sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../../context";
import type { Db } from "../../db/client";
import { sessions, type User as UserRow, users } from "../../db/schema";
import { isDevelopment } from "../../lib/env";
import { hashToken, randomToken } from "../../lib/tokens";
import { SESSION_COOKIE } from "../../middleware/csrf";
import { describeDevice } from "./device";
import { SESSION_TOUCH_INTERVAL_MS, SESSION_TTL_MS } from "./limits";
import type { SessionInfoSchema } from "./schemas";

/** The signed-in session as the request sees it (never the token or its hash). */
export interface CurrentSession {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function clientInfo(c: Context<AppEnv>): ClientInfo {
  return { ip: c.req.header("CF-Connecting-IP") ?? null, userAgent: c.req.header("User-Agent")?.slice(0, 512) ?? null };
}

/** A new session row (the caller sets the cookie); returns the token, which is stored only hashed. */
export async function newSessionValues(userId: string, client: ClientInfo, now = new Date()) {
  const token = randomToken();
  const values = {
    tokenHash: await hashToken(token),
    userId,
    ip: client.ip,
    userAgent: client.userAgent,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  };
  return { token, values };
}

/**
 * The session and its user for a cookie token, in one indexed query (session by its unique token hash,
 * user by primary key), whatever the number of users or sessions. Slides the expiry at most once an hour.
 */
export async function sessionForToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ session: CurrentSession; user: UserRow; touched: boolean } | null> {
  const row = await db
    .select({
      // Both tables have `id`: alias the session's (see d1-metrics: no two columns of one name).
      sessionId: sql<string>`${sessions.id}`.as("session_id"),
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: users,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, await hashToken(token)), gt(sessions.expiresAt, now)))
    .get();
  if (!row) return null;
  const session = { id: row.sessionId, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt };
  if (now.getTime() - session.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) {
    return { session, user: row.user, touched: false };
  }
  session.lastSeenAt = now;
  session.expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .update(sessions)
    .set({ lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt })
    .where(eq(sessions.id, session.id));
  return { session, user: row.user, touched: true };
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: !isDevelopment(c.env),
    maxAge: Math.max(0, Math.ceil((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: !isDevelopment(c.env), httpOnly: true, sameSite: "Lax" });
}

export async function listSessions(db: Db, userId: string, currentId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(100);
  return rows.map((row): typeof SessionInfoSchema._output => ({
    id: row.id,
    device: describeDevice(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === currentId,
  }));
}

/** Ends one of the user's sessions; false when no such session of theirs exists. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await db.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
  return result.meta.changes > 0;
}

export async function revokeOtherSessions(db: Db, userId: string, currentId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, currentId)));
}

export async function revokeSessionById(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
