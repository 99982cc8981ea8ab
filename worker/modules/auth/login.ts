import { eq, sql } from "drizzle-orm";
import { rateLimits, sessions, type User as UserRow, users } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { hashPassword, verifyPassword } from "../../lib/password";
import { rateLimited } from "../../lib/rate-limit";
import type { AuthContext } from "./guards";
import { LOCKOUT } from "./limits";
import { newSessionValues } from "./sessions";

// Verified against when the email is unknown, so that answer costs the same PBKDF2 work as a wrong password.
// Any well-formed hash will do: its salt and digest are random bytes nobody knows a password for.
export const DUMMY_HASH = "pbkdf2-sha256$v1$100000$7bFQm2WnA3HjZ8y0TqLk9w$u6mJtX3g5d1cQ2bVnR8sY4hZpW0eKaL7oFiU9jNxC2M";

/** Lockout length after `failures` consecutive wrong passwords, as SQL over the stored count (null = not locked). */
const lockoutUntilSql = (failures: ReturnType<typeof sql>, now: number) =>
  sql`CASE WHEN ${failures} >= ${LOCKOUT.threshold}
    THEN ${now} + min(${LOCKOUT.baseMs} * (1 << min(${failures} - ${LOCKOUT.threshold}, 20)), ${LOCKOUT.maxMs})
    ELSE NULL END`;

export interface LoginResult {
  user: UserRow;
  token: string;
  expiresAt: Date;
}

/**
 * Checks the credentials and opens a session. Unknown email and wrong password answer alike
 * (`401 INVALID_CREDENTIALS`, same hashing work); `EMAIL_NOT_VERIFIED` only after a correct password.
 * Repeated wrong passwords lock the account (users.failed_login_count/locked_until); an unknown email
 * gets the same lockout from a rate_limits row, so lockout does not reveal which emails exist.
 */
export async function login(ctx: AuthContext, email: string, password: string): Promise<LoginResult> {
  const { db, env } = ctx;
  const now = Date.now();
  const failKey = `login-fail:${email}`;
  const [found, ghost] = await db.batch([
    db.select().from(users).where(eq(users.email, email)),
    db.select({ blockedUntil: rateLimits.blockedUntil }).from(rateLimits).where(eq(rateLimits.key, failKey)),
  ]);
  const user = found[0];
  const lockedUntil = user ? user.lockedUntil : (ghost[0]?.blockedUntil ?? null);
  if (lockedUntil && lockedUntil.getTime() > now) throw rateLimited((lockedUntil.getTime() - now) / 1000);

  const check = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH, env.AUTH_PEPPER);
  if (!user || !check.ok) {
    if (user) {
      await db
        .update(users)
        .set({
          failedLoginCount: sql`${users.failedLoginCount} + 1`,
          lockedUntil: lockoutUntilSql(sql`${users.failedLoginCount} + 1`, now),
        })
        .where(eq(users.id, user.id));
    } else {
      await db
        .insert(rateLimits)
        .values({ key: failKey, count: 1, windowStart: new Date(now) })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`rate_limits.count + 1`,
            windowStart: new Date(now),
            blockedUntil: lockoutUntilSql(sql`rate_limits.count + 1`, now),
          },
        });
    }
    throw new AppError("INVALID_CREDENTIALS");
  }

  const passwordHash = check.needsRehash ? await hashPassword(password, env.AUTH_PEPPER) : undefined;
  if (!user.emailVerifiedAt) {
    if (user.failedLoginCount > 0 || passwordHash) {
      await db
        .update(users)
        .set({ failedLoginCount: 0, lockedUntil: null, ...(passwordHash ? { passwordHash } : {}) })
        .where(eq(users.id, user.id));
    }
    throw new AppError("EMAIL_NOT_VERIFIED");
  }

  const { token, values } = await newSessionValues(user.id, ctx.client, new Date(now));
  const [updated] = await db.batch([
    db
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, ...(passwordHash ? { passwordHash } : {}) })
      .where(eq(users.id, user.id))
      .returning(),
    db.insert(sessions).values(values),
  ]);
  return { user: updated[0] ?? user, token, expiresAt: values.expiresAt };
}
