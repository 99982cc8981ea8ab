import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponses, jsonContent } from "../../lib/openapi";
import { currentAuth, requireUser } from "../../middleware/auth";
import { ledgerPage } from "./ledger";
import { LedgerPageSchema, LedgerQuerySchema } from "./schemas";

const listLedger = createRoute({
  method: "get",
  path: "/points/ledger",
  tags: ["points"],
  summary: "My points history, newest first (cursor-paginated)",
  middleware: [requireUser],
  request: { query: LedgerQuerySchema },
  responses: {
    200: jsonContent(LedgerPageSchema, "Ledger rows and the cursor of the next page"),
    ...errorResponses("VALIDATION_FAILED", "UNAUTHENTICATED"),
  },
});

/** GET /api/v1/points/ledger — mount with `.route("/", pointsRoutes)` in worker/app.ts. */
export const pointsRoutes = createRouter().openapi(listLedger, async (c) => {
  const { user } = currentAuth(c);
  const query = c.req.valid("query");
  return c.json(await ledgerPage(c.get("db"), user.id, query), 200);
});
