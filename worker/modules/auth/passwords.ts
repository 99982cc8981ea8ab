import { and, eq, ne, sql } from "drizzle-orm";
import { sessions, type User as UserRow, users } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { hashPassword, verifyPassword } from "../../lib/password";
import { enforceLimits } from "../../lib/rate-limit";
import { hashToken, randomToken } from "../../lib/tokens";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { type AuthContext, fieldError } from "./guards";
import { LIMITS, SESSION_TTL_MS } from "./limits";
import { sendPasswordChangedEmail, sendResetEmail } from "./mail";
import { assertPasswordAllowed } from "./password-policy";
import type { CurrentSession } from "./sessions";
import { findUserByEmail } from "./user";

/** Mails a reset link if the account exists; runs after the answer, so unknown emails look the same. */
export async function forgotPassword(ctx: AuthContext, email: string): Promise<void> {
  await ctx.defer(async () => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return;
    const token = await issueEmailToken(ctx.db, user.id, "reset");
    await sendResetEmail(ctx.env, ctx.db, user, token);
  }, "password reset request");
}

/**
 * Sets a new password from a mailed link, ends every session of the user and does not sign in.
 * The link proves control of the mailbox, so it also verifies the email and lifts a lockout.
 */
export async function resetPassword(ctx: AuthContext, token: string, password: string): Promise<void> {
  const { db, env } = ctx;
  // Refuse a bad password before spending the single-use token.
  assertPasswordAllowed(password, "password", ctx.locale);
  const passwordHash = await hashPassword(password, env.AUTH_PEPPER);
  const userId = await consumeEmailToken(db, token, "reset");
  if (!userId) throw new AppError("TOKEN_INVALID");
  const [updated] = await db.batch([
    db
      .update(users)
      .set({
        passwordHash,
        failedLoginCount: 0,
        lockedUntil: null,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${Date.now()})`,
      })
      .where(eq(users.id, userId))
      .returning(),
    db.delete(sessions).where(eq(sessions.userId, userId)),
  ]);
  const user = updated[0];
  if (user) await ctx.defer(() => sendPasswordChangedEmail(env, db, user), "password-changed email");
}

export interface ChangeResult {
  user: UserRow;
  /** The current session's new token (the old one stops working). */
  token: string;
  expiresAt: Date;
}

/** Changes the password given the current one; ends the user's other sessions and re-keys this one. */
export async function changePassword(
  ctx: AuthContext,
  user: UserRow,
  session: CurrentSession,
  currentPassword: string,
  newPassword: string,
): Promise<ChangeResult> {
  const { db, env, locale } = ctx;
  await enforceLimits(db, [{ key: `change-password:user:${user.id}`, ...LIMITS.changePassword.perUser }]);
  const check = await verifyPassword(currentPassword, user.passwordHash, env.AUTH_PEPPER);
  if (!check.ok) throw fieldError("currentPassword", "password.incorrect", locale);
  assertPasswordAllowed(newPassword, "newPassword", locale);
  const passwordHash = await hashPassword(newPassword, env.AUTH_PEPPER);
  const token = randomToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const [updated] = await db.batch([
    db
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null })
      .where(eq(users.id, user.id))
      .returning(),
    db.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, session.id))),
    db
      .update(sessions)
      .set({ tokenHash: await hashToken(token), lastSeenAt: now, expiresAt })
      .where(eq(sessions.id, session.id)),
  ]);
  const fresh = updated[0] ?? user;
  await ctx.defer(() => sendPasswordChangedEmail(env, db, fresh), "password-changed email");
  return { user: fresh, token, expiresAt };
}
