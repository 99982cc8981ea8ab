import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { emailTokens } from "../../db/schema";
import type { EmailTokenPurpose } from "../../db/schema/enums";
import { hashToken, randomToken } from "../../lib/tokens";
import { RESET_TOKEN_TTL_MS, VERIFY_TOKEN_TTL_MS } from "./limits";

const TTL_MS: Record<EmailTokenPurpose, number> = { verify: VERIFY_TOKEN_TTL_MS, reset: RESET_TOKEN_TTL_MS };

/** A new single-use token for a mailed link; older unused tokens of the same purpose stop working. */
export async function issueEmailToken(db: Db, userId: string, purpose: EmailTokenPurpose, now = new Date()) {
  const token = randomToken();
  await db.batch([
    db
      .update(emailTokens)
      .set({ usedAt: now })
      .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt))),
    db.insert(emailTokens).values({
      purpose,
      tokenHash: await hashToken(token),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TTL_MS[purpose]),
    }),
  ]);
  return token;
}

/**
 * Spends a token: one conditional UPDATE, so of two concurrent uses exactly one wins.
 * Returns the token's user, or null for an unknown, expired, already used or wrong-purpose token.
 */
export async function consumeEmailToken(
  db: Db,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const row = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, await hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId })
    .get();
  return row?.userId ?? null;
}

/** When the user's latest token of `purpose` was issued (for the resend cooldown). */
export async function lastIssuedAt(db: Db, userId: string, purpose: EmailTokenPurpose): Promise<Date | null> {
  const row = await db
    .select({ createdAt: emailTokens.createdAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose)))
    .orderBy(desc(emailTokens.createdAt))
    .limit(1)
    .get();
  return row?.createdAt ?? null;
}
