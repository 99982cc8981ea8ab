import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";

export const HealthSchema = z.object({
  status: z.literal("ok"),
  checks: z.object({ db: z.object({ ok: z.literal(true), latencyMs: z.number() }) }),
  time: z.string(),
});

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["system"],
  summary: "Liveness and D1 reachability",
  responses: {
    200: jsonContent(HealthSchema, "The Worker runs and D1 answers"),
    ...errorResponses("UNAVAILABLE"),
  },
});

export const healthRoutes = createRouter().openapi(health, async (c) => {
  const started = performance.now();
  try {
    await c.get("db").run(sql`select 1`);
  } catch (error) {
    log("error", "health: D1 unreachable", { requestId: c.get("requestId"), error: String(error) });
    throw new AppError("UNAVAILABLE");
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return c.json(
    { status: "ok" as const, checks: { db: { ok: true as const, latencyMs } }, time: new Date().toISOString() },
    200,
  );
});
