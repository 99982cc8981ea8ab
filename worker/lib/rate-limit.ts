import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rateLimits } from "../db/schema";
import { AppError } from "./errors";

/** At most `limit` hits per fixed window of `windowMs`, counted under `key`. */
export interface LimitRule {
  key: string;
  limit: number;
  windowMs: number;
}

export interface LimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the current window ends (what `Retry-After` should say when not allowed). */
  retryAfter: number;
}

/**
 * Exact fixed-window counters in D1 (`rate_limits`): each hit is one atomic UPSERT … RETURNING, so
 * concurrent requests can never both read the same count. Windows are aligned to multiples of
 * `windowMs`; a row from an earlier window restarts at 1. All rules are counted in one batch.
 */
export async function hitLimits(db: Db, rules: LimitRule[], now = Date.now()): Promise<LimitResult[]> {
  if (rules.length === 0) return [];
  const statements = rules.map((rule) => {
    const windowStart = new Date(Math.floor(now / rule.windowMs) * rule.windowMs);
    return (
      db
        .insert(rateLimits)
        // The key carries the window length so two rules sharing a name never share a row.
        .values({ key: `${rule.key}@${rule.windowMs}`, count: 1, windowStart })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`CASE WHEN rate_limits.window_start < excluded.window_start THEN 1 ELSE rate_limits.count + 1 END`,
            windowStart: sql`max(rate_limits.window_start, excluded.window_start)`,
          },
        })
        .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    );
  });
  const results = await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  return results.map((rows, i) => {
    const rule = rules[i] as LimitRule;
    const row = rows[0] as { count: number; windowStart: Date };
    const retryAfter = Math.max(1, Math.ceil((row.windowStart.getTime() + rule.windowMs - now) / 1000));
    return { allowed: row.count <= rule.limit, count: row.count, retryAfter };
  });
}

/** Counts a hit against every rule and answers `429 RATE_LIMITED` + `Retry-After` if any is exceeded. */
export async function enforceLimits(db: Db, rules: LimitRule[], now = Date.now()): Promise<void> {
  const blocked = (await hitLimits(db, rules, now)).filter((result) => !result.allowed);
  if (blocked.length > 0) throw rateLimited(Math.max(...blocked.map((result) => result.retryAfter)));
}

/**
 * The Workers Rate Limiting binding: cheap and approximate (counted per Cloudflare location), so only a
 * first brake in front of the exact counters. Fails open if the binding errors.
 */
export async function brake(limiter: RateLimit | undefined, key: string, retryAfter: number): Promise<void> {
  if (!limiter) return;
  let success = true;
  try {
    ({ success } = await limiter.limit({ key }));
  } catch {
    return;
  }
  if (!success) throw rateLimited(retryAfter);
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", {
    headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}
