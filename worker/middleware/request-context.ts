import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv } from "../context";
import { createDb } from "../db/client";
import { D1Stats, meteredD1, serverTiming } from "../lib/d1-metrics";
import { negotiateLocale } from "../lib/i18n";
import { log } from "../lib/logger";

/**
 * Gives every request an id, a locale, a metered database handle, and on the way out the
 * `X-Request-Id` and `Server-Timing` headers and one structured log line.
 */
export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  const requestId = crypto.randomUUID();
  const stats = new D1Stats();
  c.set("requestId", requestId);
  c.set("locale", negotiateLocale(c.req.header("Accept-Language")));
  c.set("d1Stats", stats);
  c.set("db", createDb(meteredD1(c.env.DB, stats)));

  await next();

  const durationMs = performance.now() - started;
  c.header("X-Request-Id", requestId);
  // A 101 upgrade answer carries a WebSocket and cannot take more headers.
  if (c.res.status !== 101) c.header("Server-Timing", serverTiming(stats, durationMs));
  log(c.res.status >= 500 ? "error" : "info", "request", {
    requestId,
    method: c.req.method,
    route: routePath(c),
    path: c.req.path,
    status: c.res.status,
    durationMs: Math.round(durationMs * 10) / 10,
    userId: c.get("userId"),
    db: { queries: stats.queries, rowsRead: stats.rowsRead, rowsWritten: stats.rowsWritten },
    ray: c.req.header("cf-ray"),
  });
});
