import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Membership, sessions, type User as UserRow, users } from "../../db/schema";
import type { UserRole } from "../../db/schema/enums";
import { LocaleSchema, TierSchema, type User } from "./schemas";

/** The API.md `user` object for a users row and its membership row (shown while the plan runs). */
export function toUser(
  row: UserRow,
  membership: Pick<Membership, "planCode" | "endsAt"> | null = null,
  now = new Date(),
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    emailVerified: row.emailVerifiedAt !== null,
    // platinum and diamond are reserved and never derived yet; if an admin enables them early, show gold.
    tier: TierSchema.safeParse(row.tier).data ?? "gold",
    pointsBalance: row.pointsBalance,
    totalPaidFen: row.totalPaidFen,
    membership:
      membership && membership.endsAt > now
        ? { plan: membership.planCode, endsAt: membership.endsAt.toISOString() }
        : null,
    inviteCode: row.inviteCode,
    locale: LocaleSchema.safeParse(row.locale).data ?? "zh-CN",
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.select().from(users).where(eq(users.email, email)).get();
}

/**
 * Changes a user's role and ends all their sessions: a session never outlives the role it was minted
 * for, so the next sign-in gets a fresh token with the new rights.
 */
export async function setUserRole(db: Db, userId: string, role: UserRole): Promise<void> {
  await db.batch([
    db.update(users).set({ role }).where(eq(users.id, userId)),
    db.delete(sessions).where(eq(sessions.userId, userId)),
  ]);
}
