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
  const origin = c.req.header("Origin");
  const allowed =
    origin !== undefined &&
    (origin === appOrigin(c.env) || (isDevelopment(c.env) && origin === new URL(c.req.url).origin));
  if (!allowed) throw new AppError("CSRF_REJECTED");
  return next();
});
