import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, requireUser } from "../../middleware/auth";
import { getMembership } from "../membership/plans";
import { SessionIdParamSchema, SessionListSchema, UpdateProfileBodySchema, UserEnvelopeSchema } from "./schemas";
import { clearSessionCookie, listSessions, revokeOtherSessions, revokeSession } from "./sessions";
import { toUser } from "./user";

const signedIn = [requireUser];

const routes = {
  me: createRoute({
    method: "get",
    path: "/me",
    tags: ["me"],
    summary: "The signed-in user",
    middleware: signedIn,
    responses: { 200: jsonContent(UserEnvelopeSchema, "The signed-in user"), ...errorResponses("UNAUTHENTICATED") },
  }),
  updateMe: createRoute({
    method: "patch",
    path: "/me",
    tags: ["me"],
    summary: "Change the display name and/or language",
    middleware: signedIn,
    request: { body: { content: { "application/json": { schema: UpdateProfileBodySchema } }, required: true } },
    responses: {
      200: jsonContent(UserEnvelopeSchema, "The updated user"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED", "CSRF_REJECTED"),
    },
  }),
  sessions: createRoute({
    method: "get",
    path: "/me/sessions",
    tags: ["me"],
    summary: "My signed-in devices, most recently seen first",
    middleware: signedIn,
    responses: { 200: jsonContent(SessionListSchema, "Open sessions"), ...errorResponses("UNAUTHENTICATED") },
  }),
  revoke: createRoute({
    method: "delete",
    path: "/me/sessions/{id}",
    tags: ["me"],
    summary: "Sign out one of my sessions (the current one clears the cookie too)",
    middleware: signedIn,
    request: { params: SessionIdParamSchema },
    responses: {
      204: { description: "Session ended" },
      ...errorResponses("UNAUTHENTICATED", "CSRF_REJECTED", "NOT_FOUND"),
    },
  }),
  revokeOthers: createRoute({
    method: "post",
    path: "/me/sessions/revoke-others",
    tags: ["me"],
    summary: "Sign out every session but this one",
    middleware: signedIn,
    responses: { 204: { description: "Other sessions ended" }, ...errorResponses("UNAUTHENTICATED", "CSRF_REJECTED") },
  }),
};

export const meRoutes = createRouter()
  .openapi(routes.me, async (c) => {
    const { user } = currentAuth(c);
    return c.json({ user: toUser(user, await getMembership(c.get("db"), user.id)) }, 200);
  })
  .openapi(routes.updateMe, async (c) => {
    const { name, locale } = c.req.valid("json");
    const { user } = currentAuth(c);
    const updated = await c
      .get("db")
      .update(users)
      .set({ ...(name !== undefined ? { name } : {}), ...(locale !== undefined ? { locale } : {}) })
      .where(eq(users.id, user.id))
      .returning()
      .get();
    return c.json({ user: toUser(updated ?? user, await getMembership(c.get("db"), user.id)) }, 200);
  })
  .openapi(routes.sessions, async (c) => {
    const { user, session } = currentAuth(c);
    const items = await listSessions(c.get("db"), user.id, session.id);
    return c.json({ items, nextCursor: null }, 200);
  })
  .openapi(routes.revoke, async (c) => {
    const { id } = c.req.valid("param");
    const { user, session } = currentAuth(c);
    if (!(await revokeSession(c.get("db"), user.id, id))) throw new AppError("NOT_FOUND");
    if (id === session.id) clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(routes.revokeOthers, async (c) => {
    const { user, session } = currentAuth(c);
    await revokeOtherSessions(c.get("db"), user.id, session.id);
    return c.body(null, 204);
  });
