import { and, inArray, isNull, lt, or } from "drizzle-orm";
import { createDb } from "../db/client";
import { emailTokens, rateLimits, sessions } from "../db/schema";
import type { CronTask } from "./index";

/** Rows removed per table per run: bounded so one invocation stays well inside its CPU and D1 limits. */
const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes expired sessions, spent or expired email tokens, and stale rate-limit windows. */
export const housekeeping: CronTask = {
  name: "housekeeping",
  async run(env, now) {
    const db = createDb(env.DB);
    const expiredSessions = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(lt(sessions.expiresAt, now))
      .limit(BATCH);
    const deadTokens = db
      .select({ id: emailTokens.id })
      .from(emailTokens)
      .where(lt(emailTokens.expiresAt, now))
      .limit(BATCH);
    const staleWindows = db
      .select({ key: rateLimits.key })
      .from(rateLimits)
      .where(
        and(
          lt(rateLimits.windowStart, new Date(now.getTime() - DAY_MS)),
          or(isNull(rateLimits.blockedUntil), lt(rateLimits.blockedUntil, now)),
        ),
      )
      .limit(BATCH);
    const [s, t, r] = await db.batch([
      db.delete(sessions).where(inArray(sessions.id, expiredSessions)),
      db.delete(emailTokens).where(inArray(emailTokens.id, deadTokens)),
      db.delete(rateLimits).where(inArray(rateLimits.key, staleWindows)),
    ]);
    return { sessions: s.meta.changes, emailTokens: t.meta.changes, rateLimits: r.meta.changes };
  },
};
