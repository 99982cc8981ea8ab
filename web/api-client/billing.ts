import { queryOptions } from "@tanstack/react-query";
import { PlanListSchema } from "../../worker/modules/billing/schemas.ts";
import type { Locale } from "../i18n/index.tsx";
import { apiFetch } from "./client.ts";

// Keyed by locale: names and error messages follow Accept-Language.
export const plansQueryOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ["billing", "plans", locale],
    queryFn: ({ signal }) => apiFetch("/api/v1/billing/plans", { schema: PlanListSchema, signal }),
    staleTime: 5 * 60_000,
  });
