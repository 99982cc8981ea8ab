import { env } from "cloudflare:test";
import { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../worker/context";
import { createDb } from "../../worker/db/client";
import type { User } from "../../worker/db/schema";
import { onError } from "../../worker/middleware/errors";
import { grant } from "../../worker/modules/points/ledger";
import { pointsRoutes } from "../../worker/modules/points/routes";
import { LedgerPageSchema } from "../../worker/modules/points/schemas";
import { db, newUser } from "./support";

// The route is not mounted in worker/app.ts yet: exercise it in a minimal app with a signed-in user stubbed.
function appFor(userId: string | null) {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("db", createDb(env.DB));
    c.set("locale", "en");
    c.set("requestId", "test");
    if (userId) {
      c.set("user", { id: userId, role: "user" } as User);
      c.set("session", { id: "s" } as never);
    }
    await next();
  });
  app.route("/", pointsRoutes);
  app.onError(onError);
  return app;
}

describe("GET /points/ledger", () => {
  it("lists the signed-in user's rows with cursor pagination", async () => {
    const userId = await newUser();
    for (let i = 0; i < 3; i++) {
      await grant(db, {
        userId,
        points: 10,
        reason: "recharge",
        refType: "order",
        refId: `o${i}`,
        idempotencyKey: `r:${userId}:${i}`,
      });
    }
    const app = appFor(userId);
    const first = LedgerPageSchema.parse(await (await app.request("/points/ledger?limit=2")).json());
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ delta: 10, reason: "recharge", refType: "order", expiresAt: null });
    const next = await app.request(`/points/ledger?limit=2&cursor=${first.nextCursor}`);
    const second = LedgerPageSchema.parse(await next.json());
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it("validates the query and requires a session", async () => {
    const userId = await newUser();
    expect((await appFor(userId).request("/points/ledger?limit=500")).status).toBe(400);
    expect((await appFor(null).request("/points/ledger")).status).toBe(401);
  });
});
