import { eq, sql } from "drizzle-orm";
import { newId } from "../../db/ids";
import { type User as UserRow, users } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { describeError, log } from "../../lib/logger";
import { hashPassword } from "../../lib/password";
import { consumeEmailToken, issueEmailToken, lastIssuedAt } from "./email-tokens";
import { type AuthContext, fieldError } from "./guards";
import { newInviteCode } from "./invite-code";
import { RESEND_COOLDOWN_MS } from "./limits";
import { sendVerificationEmail } from "./mail";
import { assertPasswordAllowed } from "./password-policy";
import type { RegisterBodySchema } from "./schemas";
import { findUserByEmail } from "./user";

type RegisterInput = typeof RegisterBodySchema._output;

/** Creates an unverified account with its own invite code and mails the verification link. */
export async function register(ctx: AuthContext, input: RegisterInput): Promise<UserRow> {
  const { db, env, locale } = ctx;
  assertPasswordAllowed(input.password, "password", locale);
  // Cheap early answer; the UNIQUE index below is what makes concurrent sign-ups safe.
  if (await findUserByEmail(db, input.email)) throw new AppError("EMAIL_TAKEN");

  let invitedByUserId: string | null = null;
  if (input.inviteCode) {
    const inviter = await db.select({ id: users.id }).from(users).where(eq(users.inviteCode, input.inviteCode)).get();
    if (!inviter) throw fieldError("inviteCode", "inviteCode.unknown", locale);
    invitedByUserId = inviter.id;
  }

  const passwordHash = await hashPassword(input.password, env.AUTH_PEPPER);
  const user = await insertUser(ctx, {
    email: input.email,
    passwordHash,
    name: input.name ?? null,
    locale: input.locale ?? locale,
    invitedByUserId,
  });

  // The account exists either way; if mailing fails now, "resend" recovers, so do not fail the sign-up.
  try {
    const token = await issueEmailToken(db, user.id, "verify");
    await sendVerificationEmail(env, db, user, token);
  } catch (error) {
    log("error", "verification email not queued", { userId: user.id, ...describeError(error) });
  }
  return user;
}

async function insertUser(ctx: AuthContext, values: Omit<typeof users.$inferInsert, "id" | "inviteCode">) {
  // 31^8 codes: a collision is rare but possible, so retry with a fresh code a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await ctx.db
        .insert(users)
        .values({ ...values, id: newId(), inviteCode: newInviteCode() })
        .returning();
      return row as UserRow;
    } catch (error) {
      if (isUniqueViolation(error, "users.email")) throw new AppError("EMAIL_TAKEN");
      if (!isUniqueViolation(error, "users.invite_code") || attempt >= 4) throw error;
    }
  }
}

function isUniqueViolation(error: unknown, column: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes(`UNIQUE constraint failed: ${column}`)) return true;
  }
  return false;
}

/** Spends a verification token and marks the email verified (idempotently). */
export async function verifyEmail(ctx: AuthContext, token: string): Promise<UserRow> {
  const userId = await consumeEmailToken(ctx.db, token, "verify");
  if (!userId) throw new AppError("TOKEN_INVALID");
  const user = await ctx.db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${Date.now()})` })
    .where(eq(users.id, userId))
    .returning()
    .get();
  if (!user) throw new AppError("TOKEN_INVALID");
  return user;
}

/**
 * Mails a new verification link to an unverified account, at most once per cooldown. Runs after the
 * answer is sent, so whether the email exists changes neither the answer nor its timing.
 */
export async function resendVerification(ctx: AuthContext, email: string): Promise<void> {
  await ctx.defer(async () => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user || user.emailVerifiedAt) return;
    const last = await lastIssuedAt(ctx.db, user.id, "verify");
    if (last && Date.now() - last.getTime() < RESEND_COOLDOWN_MS) return;
    const token = await issueEmailToken(ctx.db, user.id, "verify");
    await sendVerificationEmail(ctx.env, ctx.db, user, token);
  }, "resend verification");
}
