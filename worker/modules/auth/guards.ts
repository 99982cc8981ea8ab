import type { Context } from "hono";
import type { AppEnv } from "../../context";
import type { Db } from "../../db/client";
import type { Locale } from "../../lib/contract";
import { AppError } from "../../lib/errors";
import { describeError, log } from "../../lib/logger";
import { brake, enforceLimits } from "../../lib/rate-limit";
import { verifyTurnstile } from "../../lib/turnstile";
import { FIELD_MESSAGES } from "../../lib/validation";
import { BRAKE_RETRY_AFTER_S, LIMITS } from "./limits";
import { type ClientInfo, clientInfo } from "./sessions";

/** What the auth domain functions need from a request, so they do not depend on Hono. */
export interface AuthContext {
  env: Env;
  db: Db;
  locale: Locale;
  client: ClientInfo;
  /** Runs work after the answer is sent (or before it, when there is no execution context, e.g. tests). */
  defer(task: () => Promise<unknown>, what: string): Promise<void>;
}

export function authContext(c: Context<AppEnv>): AuthContext {
  return {
    env: c.env,
    db: c.get("db"),
    locale: c.get("locale"),
    client: clientInfo(c),
    async defer(task, what) {
      const run = task().catch((error: unknown) =>
        log("error", `${what} failed`, { requestId: c.get("requestId"), ...describeError(error) }),
      );
      let ctx: Pick<ExecutionContext, "waitUntil"> | undefined;
      try {
        ctx = c.executionCtx;
      } catch {
        ctx = undefined;
      }
      if (ctx) ctx.waitUntil(run);
      else await run;
    },
  };
}

type LimitedAction = "register" | "login" | "forgot" | "resend";

/**
 * Abuse limits of an unauthenticated auth action: the approximate binding brake per IP, then the
 * exact D1 counters per IP and per email. Unknown and known emails are counted alike.
 */
export async function limitAttempt(ctx: AuthContext, action: LimitedAction, email: string): Promise<void> {
  const ip = ctx.client.ip ?? "unknown";
  await brake(ctx.env.AUTH_RATE_LIMITER, `ip:${ip}`, BRAKE_RETRY_AFTER_S);
  const { perIp, perEmail } = LIMITS[action];
  await enforceLimits(ctx.db, [
    { key: `${action}:ip:${ip}`, ...perIp },
    { key: `${action}:email:${email}`, ...perEmail },
  ]);
}

/** Turnstile, only when `TURNSTILE_SECRET` is configured: `400 TURNSTILE_FAILED` otherwise. */
export async function requireHuman(ctx: AuthContext, token: string | undefined): Promise<void> {
  const secret = ctx.env.TURNSTILE_SECRET;
  if (!secret) return;
  const ok = await verifyTurnstile({ secret, token, ip: ctx.client.ip, verifyUrl: ctx.env.TURNSTILE_VERIFY_URL });
  if (!ok) throw new AppError("TURNSTILE_FAILED");
}

/** `400 VALIDATION_FAILED` for one field, worded from a FIELD_MESSAGES key like the schema-level checks. */
export function fieldError(path: string, key: string, locale: Locale): AppError {
  const message = FIELD_MESSAGES[key]?.[locale] ?? key;
  return new AppError("VALIDATION_FAILED", { details: [{ path, message, code: "custom" }] });
}
