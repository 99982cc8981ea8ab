import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import type { UserRole } from "../db/schema/enums";
import { AppError } from "../lib/errors";
import { clearSessionCookie, sessionForToken, setSessionCookie } from "../modules/auth/sessions";
import { SESSION_COOKIE } from "./csrf";

// A session token is 32 random bytes in base64url; anything else cannot match and is not looked up.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function resolveSession(c: Context<AppEnv>): Promise<void> {
  if (c.get("session") !== undefined) return;
  const token = getCookie(c, SESSION_COOKIE);
  if (token === undefined) return;
  const found = TOKEN_SHAPE.test(token) ? await sessionForToken(c.get("db"), token) : null;
  if (!found) {
    // Expired or revoked elsewhere: drop the dead cookie so the browser stops sending it.
    clearSessionCookie(c);
    return;
  }
  c.set("session", found.session);
  c.set("user", found.user);
  c.set("userId", found.user.id);
  if (found.touched) setSessionCookie(c, token, found.session.expiresAt);
}

/** Sets `user` and `session` when the request carries a valid session cookie; never refuses. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  await resolveSession(c);
  await next();
});

/** `401 UNAUTHENTICATED` without a valid session. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  await resolveSession(c);
  if (!c.get("user")) throw new AppError("UNAUTHENTICATED");
  await next();
});

/** Signed in with one of `roles`, else `401 UNAUTHENTICATED` / `403 FORBIDDEN`. */
export function requireRole(...roles: UserRole[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await resolveSession(c);
    const user = c.get("user");
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!roles.includes(user.role)) throw new AppError("FORBIDDEN");
    await next();
  });
}

/** The signed-in user and session, for handlers behind `requireUser` / `requireRole`. */
export function currentAuth(c: Context<AppEnv>) {
  const user = c.get("user");
  const session = c.get("session");
  if (!user || !session) throw new AppError("UNAUTHENTICATED");
  return { user, session };
}
