import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { JSONValue } from "hono/utils/types";
import { z } from "zod";
import type { AppEnv } from "../../context";
import type { Db } from "../../db/client";
import type { Tier } from "../../db/schema/enums";
import type { Locale } from "../../lib/contract";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, requireUser } from "../../middleware/auth";
import { IdempotencyKeySchema } from "../billing/schemas";
import { SessionIdParamSchema, SessionListQuerySchema } from "./schemas";
import { forwardUpgrade, type SessionNamespace } from "./socket";
import { findOwnedSession, type LiveKind, type LiveRow, listOwnedSessions } from "./store";

export interface LiveRoutesOptions<Create extends z.ZodType, View extends z.ZodType, Item extends z.ZodType> {
  kind: LiveKind;
  /** e.g. "/mock-interviews" */
  path: string;
  name: string;
  createDescription: string;
  createSchema: Create;
  viewSchema: View;
  itemSchema: Item;
  create: (
    db: Db,
    env: Env,
    input: { user: { id: string; tier: Tier }; body: z.output<Create>; idempotencyKey?: string; locale: Locale },
  ) => Promise<LiveRow>;
  toView: (row: LiveRow) => z.input<View>;
  toItem: (row: LiveRow) => z.input<Item>;
  /** The detail view (may read more than the row, e.g. a receipt). */
  toDetail?: (db: Db, row: LiveRow) => Promise<z.input<View>>;
  namespace: (env: Env) => SessionNamespace;
}

/** The four routes every kind of live session has: create, list, detail and the WebSocket upgrade. */
export function createLiveRoutes<Create extends z.ZodType, View extends z.ZodType, Item extends z.ZodType>(
  options: LiveRoutesOptions<Create, View, Item>,
) {
  const { kind, path, name } = options;
  const signedIn = [requireUser];
  // The routes are typed by plain zod types: the kind's own types are checked where options are built.
  const createSchema: z.ZodType = options.createSchema;
  const envelope = z.object({ session: options.viewSchema as z.ZodType });
  const list = z.object({ items: z.array(options.itemSchema as z.ZodType), nextCursor: z.string().nullable() });
  const owned = (c: Context<AppEnv>, id: string) => findOwnedSession(c.get("db"), kind, currentAuth(c).user.id, id);

  const create = createRoute({
    method: "post",
    path,
    tags: ["live"],
    summary: `Start a ${name}`,
    description: `${options.createDescription} An optional Idempotency-Key answers the same session again.`,
    middleware: signedIn,
    request: {
      headers: z.object({ "idempotency-key": IdempotencyKeySchema.optional() }),
      body: { content: { "application/json": { schema: createSchema } }, required: true },
    },
    responses: {
      201: jsonContent(envelope, "The session; connect to its wsPath"),
      ...errorResponses(
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "TIER_REQUIRED",
        "INSUFFICIENT_POINTS",
        "NOT_FOUND",
        "CSRF_REJECTED",
        "UNAVAILABLE",
      ),
    },
  });
  const index = createRoute({
    method: "get",
    path,
    tags: ["live"],
    summary: `My ${name}s`,
    middleware: signedIn,
    request: { query: SessionListQuerySchema },
    responses: {
      200: jsonContent(list, "A page of sessions, newest first"),
      ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED"),
    },
  });
  const detail = createRoute({
    method: "get",
    path: `${path}/{id}`,
    tags: ["live"],
    summary: `One of my ${name}s, with its result once it ended`,
    middleware: signedIn,
    request: { params: SessionIdParamSchema },
    responses: {
      200: jsonContent(envelope, "The session"),
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND"),
    },
  });
  const socket = createRoute({
    method: "get",
    path: `${path}/{id}/ws`,
    tags: ["live"],
    summary: `The ${name}'s WebSocket (messages: API.md “Live sessions”)`,
    description: "Only the owner, only from the app's origin. A `state` message follows every (re)connect.",
    middleware: signedIn,
    request: { params: SessionIdParamSchema },
    responses: {
      101: { description: "Switching protocols" },
      ...errorResponses("UNAUTHENTICATED", "NOT_FOUND", "CSRF_REJECTED", "UPGRADE_REQUIRED"),
    },
  });

  return createRouter()
    .openapi(create, async (c) => {
      const row = await options.create(c.get("db"), c.env, {
        user: currentAuth(c).user,
        body: c.req.valid("json") as z.output<Create>,
        idempotencyKey: c.req.valid("header")["idempotency-key"],
        locale: c.get("locale"),
      });
      return c.json({ session: options.toView(row) as JSONValue }, 201);
    })
    .openapi(index, async (c) => {
      const page = await listOwnedSessions(c.get("db"), kind, currentAuth(c).user.id, c.req.valid("query"));
      const items = page.rows.map((row) => options.toItem(row) as JSONValue);
      return c.json({ items, nextCursor: page.nextCursor }, 200);
    })
    .openapi(detail, async (c) => {
      const row = await owned(c, c.req.valid("param").id);
      const session = options.toDetail ? await options.toDetail(c.get("db"), row) : options.toView(row);
      return c.json({ session: session as JSONValue }, 200);
    })
    .openapi(socket, async (c) => {
      const { id } = c.req.valid("param");
      await owned(c, id);
      return forwardUpgrade(c, options.namespace(c.env), id);
    });
}
