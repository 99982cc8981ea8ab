import { z } from "zod";
import { LOCALES } from "../../lib/contract";

// Shared by the API (validation + OpenAPI) and the web forms. Messages that are keys
// (e.g. "password.tooShort") are worded per locale by worker/lib/validation.ts and web/i18n.

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: "email.invalid" }))
  .transform((email) => email.toLowerCase());

/** Length rules; the server additionally refuses common passwords (see ./password-policy.ts). */
export const PasswordSchema = z
  .string()
  .min(8, { message: "password.tooShort" })
  .max(128, { message: "password.tooLong" });

export const RoleSchema = z.enum(["user", "support", "admin"]);
export const TierSchema = z.enum(["normal", "bronze", "silver", "gold"]);
export const LocaleSchema = z.enum(LOCALES);
export const NameSchema = z.string().trim().min(1).max(50);
export const InviteCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{6,16}$/)
  .transform((code) => code.toUpperCase());

export const RegisterBodySchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  name: NameSchema.optional(),
  inviteCode: InviteCodeSchema.optional(),
  locale: LocaleSchema.optional(),
  turnstileToken: z.string().max(4096).optional(),
});
export const LoginBodySchema = z.object({ email: EmailSchema, password: z.string().min(1).max(128) });
export const EmailOnlyBodySchema = z.object({ email: EmailSchema, turnstileToken: z.string().max(4096).optional() });
export const TokenBodySchema = z.object({ token: z.string().min(16).max(256) });
export const ResetPasswordBodySchema = z.object({ token: z.string().min(16).max(256), password: PasswordSchema });
export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});
export const UpdateProfileBodySchema = z
  .object({ name: NameSchema.nullable().optional(), locale: LocaleSchema.optional() })
  .refine((body) => body.name !== undefined || body.locale !== undefined, { message: "profile.empty" });

export const MembershipSchema = z.object({ plan: z.enum(["week", "month", "quarter"]), endsAt: z.string() });

/** API.md `user`. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  emailVerified: z.boolean(),
  tier: TierSchema,
  pointsBalance: z.number().int(),
  totalPaidFen: z.number().int(),
  membership: MembershipSchema.nullable(),
  inviteCode: z.string(),
  locale: LocaleSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;
export const UserEnvelopeSchema = z.object({ user: UserSchema });

/** One signed-in device, for the settings page. */
export const SessionInfoSchema = z.object({
  id: z.string(),
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export const SessionListSchema = z.object({ items: z.array(SessionInfoSchema), nextCursor: z.string().nullable() });

/** Development-only mailbox (EMAIL_TRANSPORT=dev-outbox). */
export const DevMailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  links: z.array(z.string()),
  status: z.string(),
  createdAt: z.string(),
});
export const DevMailListSchema = z.object({ items: z.array(DevMailSchema), nextCursor: z.string().nullable() });

/** `POST /auth/password/reset` answer (the reset does not sign in). */
export const OkSchema = z.object({ ok: z.literal(true) });

/** `GET /auth/config`: what the web needs before rendering the auth forms. */
export const AuthConfigSchema = z.object({ turnstileSiteKey: z.string().nullable() });

export const SessionIdParamSchema = z.object({ id: z.string().min(1).max(64) });
