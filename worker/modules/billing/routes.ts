import { createRoute } from "@hono/zod-openapi";
import { createRouter, jsonContent } from "../../lib/openapi";
import { listActivePlans } from "./plans";
import { PlanListSchema } from "./schemas";

const listPlans = createRoute({
  method: "get",
  path: "/billing/plans",
  tags: ["billing"],
  summary: "Membership plans on sale (week, month, quarter)",
  responses: { 200: jsonContent(PlanListSchema, "Plans in display order") },
});

export const billingRoutes = createRouter().openapi(listPlans, async (c) => {
  const items = await listActivePlans(c.get("db"), c.get("locale"));
  return c.json({ items }, 200);
});
