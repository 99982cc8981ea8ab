import { z } from "zod";

/**
 * The `user` object of API.md (answer of `GET /api/v1/me`, login, register…).
 * Lives here until the auth module publishes its own schema; then import that instead.
 */
export const RoleSchema = z.enum(["user", "support", "admin"]);
export type Role = z.infer<typeof RoleSchema>;

export const TierSchema = z.enum(["normal", "bronze", "silver", "gold"]);
export type Tier = z.infer<typeof TierSchema>;

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  emailVerified: z.boolean(),
  tier: TierSchema,
  pointsBalance: z.number().int(),
  totalPaidFen: z.number().int(),
  membership: z.object({ plan: z.string(), endsAt: z.string() }).nullable(),
  inviteCode: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const UserEnvelopeSchema = z.object({ user: UserSchema });
