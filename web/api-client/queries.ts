import { queryOptions } from "@tanstack/react-query";
import { apiFetch } from "./client.ts";
import type { User } from "./schemas.ts";

// This module is part of the initial bundle (the /app and /admin guards use it): schemas are
// imported on demand so that zod is not loaded by pages that never call the API.

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ["me"],
    queryFn: async ({ signal }) => {
      const { UserEnvelopeSchema } = await import("./schemas.ts");
      const { user } = await apiFetch("/api/v1/me", { schema: UserEnvelopeSchema, signal });
      return user as User;
    },
    staleTime: 60_000,
    retry: false,
  });
