import { createRoute } from "@hono/zod-openapi";
import type { z } from "zod";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, loadSession, requireUser } from "../../middleware/auth";
import { getMembership } from "../membership/plans";
import { authContext, limitAttempt, requireHuman } from "./guards";
import { login } from "./login";
import { changePassword, forgotPassword, resetPassword } from "./passwords";
import { register, resendVerification, verifyEmail } from "./registration";
import {
  AuthConfigSchema,
  ChangePasswordBodySchema,
  EmailOnlyBodySchema,
  LoginBodySchema,
  OkSchema,
  RegisterBodySchema,
  ResetPasswordBodySchema,
  TokenBodySchema,
  UserEnvelopeSchema,
} from "./schemas";
import { clearSessionCookie, revokeSessionById, setSessionCookie } from "./sessions";
import { toUser } from "./user";

const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

const accepted = { description: "Accepted; the same answer whether or not the email has an account" };

const routes = {
  config: createRoute({
    method: "get",
    path: "/auth/config",
    tags: ["auth"],
    summary: "Public settings of the auth forms (Turnstile site key, null when Turnstile is off)",
    responses: { 200: jsonContent(AuthConfigSchema, "Auth form settings") },
  }),
  register: createRoute({
    method: "post",
    path: "/auth/register",
    tags: ["auth"],
    summary: "Create an account; a verification email is sent",
    request: body(RegisterBodySchema),
    responses: {
      201: jsonContent(UserEnvelopeSchema, "The new, unverified account"),
      ...errorResponses("VALIDATION_FAILED", "TURNSTILE_FAILED", "EMAIL_TAKEN", "RATE_LIMITED"),
    },
  }),
  verifyEmail: createRoute({
    method: "post",
    path: "/auth/verify-email",
    tags: ["auth"],
    summary: "Verify the email with the token from the mailed link",
    request: body(TokenBodySchema),
    responses: {
      200: jsonContent(UserEnvelopeSchema, "The verified account"),
      ...errorResponses("VALIDATION_FAILED", "TOKEN_INVALID"),
    },
  }),
  resendVerification: createRoute({
    method: "post",
    path: "/auth/resend-verification",
    tags: ["auth"],
    summary: "Mail a new verification link (at most once a minute per account)",
    request: body(EmailOnlyBodySchema),
    responses: { 202: accepted, ...errorResponses("VALIDATION_FAILED", "RATE_LIMITED") },
  }),
  login: createRoute({
    method: "post",
    path: "/auth/login",
    tags: ["auth"],
    summary: "Sign in; sets the session cookie",
    request: body(LoginBodySchema),
    responses: {
      200: jsonContent(UserEnvelopeSchema, "Signed in; `Set-Cookie: zm_session=…`"),
      ...errorResponses("VALIDATION_FAILED", "INVALID_CREDENTIALS", "EMAIL_NOT_VERIFIED", "RATE_LIMITED"),
    },
  }),
  logout: createRoute({
    method: "post",
    path: "/auth/logout",
    tags: ["auth"],
    summary: "End the current session and clear the cookie",
    middleware: [loadSession],
    responses: {
      204: { description: "Signed out (also when no session was open)" },
      ...errorResponses("CSRF_REJECTED"),
    },
  }),
  forgot: createRoute({
    method: "post",
    path: "/auth/password/forgot",
    tags: ["auth"],
    summary: "Mail a password reset link (valid 30 minutes)",
    request: body(EmailOnlyBodySchema),
    responses: { 202: accepted, ...errorResponses("VALIDATION_FAILED", "TURNSTILE_FAILED", "RATE_LIMITED") },
  }),
  reset: createRoute({
    method: "post",
    path: "/auth/password/reset",
    tags: ["auth"],
    summary: "Set a new password from a reset link; ends every session and does not sign in",
    request: body(ResetPasswordBodySchema),
    responses: {
      200: jsonContent(OkSchema, "Password changed"),
      ...errorResponses("VALIDATION_FAILED", "TOKEN_INVALID"),
    },
  }),
  change: createRoute({
    method: "post",
    path: "/auth/password/change",
    tags: ["auth"],
    summary: "Change the password; ends the other sessions and renews this session's cookie",
    middleware: [requireUser],
    request: body(ChangePasswordBodySchema),
    responses: {
      200: jsonContent(UserEnvelopeSchema, "Password changed; `Set-Cookie` carries the new session token"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED", "CSRF_REJECTED", "RATE_LIMITED"),
    },
  }),
};

export const authRoutes = createRouter()
  .openapi(routes.config, (c) => c.json({ turnstileSiteKey: c.env.TURNSTILE_SITE_KEY || null }, 200))
  .openapi(routes.register, async (c) => {
    const input = c.req.valid("json");
    const ctx = authContext(c);
    await limitAttempt(ctx, "register", input.email);
    await requireHuman(ctx, input.turnstileToken);
    const user = await register(ctx, input);
    return c.json({ user: toUser(user) }, 201);
  })
  .openapi(routes.verifyEmail, async (c) => {
    const user = await verifyEmail(authContext(c), c.req.valid("json").token);
    return c.json({ user: toUser(user) }, 200);
  })
  .openapi(routes.resendVerification, async (c) => {
    const { email } = c.req.valid("json");
    const ctx = authContext(c);
    await limitAttempt(ctx, "resend", email);
    await resendVerification(ctx, email);
    return c.body(null, 202);
  })
  .openapi(routes.login, async (c) => {
    const { email, password } = c.req.valid("json");
    const ctx = authContext(c);
    await limitAttempt(ctx, "login", email);
    const result = await login(ctx, email, password);
    setSessionCookie(c, result.token, result.expiresAt);
    return c.json({ user: toUser(result.user, await getMembership(c.get("db"), result.user.id)) }, 200);
  })
  .openapi(routes.logout, async (c) => {
    const session = c.get("session");
    if (session) await revokeSessionById(c.get("db"), session.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(routes.forgot, async (c) => {
    const { email, turnstileToken } = c.req.valid("json");
    const ctx = authContext(c);
    await limitAttempt(ctx, "forgot", email);
    await requireHuman(ctx, turnstileToken);
    await forgotPassword(ctx, email);
    return c.body(null, 202);
  })
  .openapi(routes.reset, async (c) => {
    const { token, password } = c.req.valid("json");
    await resetPassword(authContext(c), token, password);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(routes.change, async (c) => {
    const { currentPassword, newPassword } = c.req.valid("json");
    const { user, session } = currentAuth(c);
    const result = await changePassword(authContext(c), user, session, currentPassword, newPassword);
    setSessionCookie(c, result.token, result.expiresAt);
    return c.json({ user: toUser(result.user, await getMembership(c.get("db"), result.user.id)) }, 200);
  });
