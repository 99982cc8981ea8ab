import { createRoute } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import type { AppEnv } from "../../context";
import { transportName } from "../../lib/email/config";
import { isDevelopment } from "../../lib/env";
import { AppError } from "../../lib/errors";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { DevMailListSchema } from "../auth/schemas";
import { listMailbox } from "./mailbox";

const MailboxQuerySchema = z.object({
  to: z.string().trim().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

// Outside development the mailbox does not exist (nobody may read other people's mail). Runs before query
// validation, so the answer is 404 whatever is asked.
const devOutboxOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (!isDevelopment(c.env) || transportName(c.env) !== "dev-outbox") throw new AppError("NOT_FOUND");
  await next();
});

const listMail = createRoute({
  method: "get",
  path: "/dev/mailbox",
  tags: ["dev"],
  summary: "Development only (EMAIL_TRANSPORT=dev-outbox): the mails the app sent, newest first, with their links",
  middleware: [devOutboxOnly] as const,
  request: { query: MailboxQuerySchema },
  responses: {
    200: jsonContent(DevMailListSchema, "Mails in the dev outbox"),
    ...errorResponses("VALIDATION_FAILED", "NOT_FOUND"),
  },
});

export const mailboxRoutes = createRouter().openapi(listMail, async (c) => {
  const { to, limit, cursor } = c.req.valid("query");
  return c.json(await listMailbox(c.get("db"), { to: to || undefined, limit, cursor }), 200);
});
