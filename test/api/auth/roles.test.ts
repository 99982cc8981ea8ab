import { env } from "cloudflare:test";
import { createRoute } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { createDb } from "../../../worker/db/client";
import { createRouter } from "../../../worker/lib/openapi";
import { requireRole } from "../../../worker/middleware/auth";
import { csrfOrigin } from "../../../worker/middleware/csrf";
import { notFound, onError } from "../../../worker/middleware/errors";
import { requestContext } from "../../../worker/middleware/request-context";
import { setUserRole } from "../../../worker/modules/auth/user";
import { errorOf } from "../../helpers";
import { Browser, PASSWORD, signedIn } from "./support";

/** A tiny app with the real middleware and one route for admins and support staff. */
function consoleApp() {
  const app = createRouter();
  app.use("*", requestContext, csrfOrigin);
  app.openapi(
    createRoute({
      method: "get",
      path: "/console",
      middleware: [requireRole("admin", "support")],
      responses: { 200: { description: "ok" } },
    }),
    (c) => c.json({ role: c.get("user")?.role }, 200),
  );
  app.notFound(notFound);
  app.onError(onError);
  return app;
}

const visit = (cookie: string | null) =>
  consoleApp().request("/console", { headers: cookie ? { Cookie: `zm_session=${cookie}` } : {} }, env);

describe("requireRole", () => {
  it("answers 401 without a session, 403 FORBIDDEN for a plain user, 200 for admin and support", async () => {
    expect((await errorOf(await visit(null))).code).toBe("UNAUTHENTICATED");

    const { browser, id, email } = await signedIn();
    const forbidden = await visit(browser.cookie);
    expect(forbidden.status).toBe(403);
    expect((await errorOf(forbidden)).code).toBe("FORBIDDEN");

    for (const role of ["admin", "support"] as const) {
      await setUserRole(createDb(env.DB), id, role);
      // A role change ends the sessions: the next sign-in mints a new token with the new rights.
      expect((await visit(browser.cookie)).status).toBe(401);
      const fresh = new Browser();
      await fresh.post("/auth/login", { email, password: PASSWORD });
      const res = await visit(fresh.cookie);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ role });
      browser.cookie = fresh.cookie;
    }
  });
});
