import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { appOrigin, isDevelopment } from "../lib/env";
import { AppError } from "../lib/errors";

export const SESSION_COOKIE = "zm_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * API.md: a state-changing request that carries the session cookie must come with an `Origin`
 * equal to the app's. Cookie-less callers (WeChat Pay's notify, API clients) are not at risk.
 * In development the dev server's own origin is accepted too, so `PORT` can change.
 */
export const csrfOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || getCookie(c, SESSION_COOKIE) === undefined) return next();
  if (!originAllowed(c)) throw new AppError("CSRF_REJECTED");
  return next();
});

/**
 * Whether the request's `Origin` is the app's. Also guards WebSocket upgrades, which are GETs that browsers
 * send cross-site with cookies (cross-site WebSocket hijacking).
 */
export function originAllowed(c: Context<AppEnv>): boolean {
  const origin = c.req.header("Origin");
  return (
    origin !== undefined &&
    (origin === appOrigin(c.env) || (isDevelopment(c.env) && origin === new URL(c.req.url).origin))
  );
}
