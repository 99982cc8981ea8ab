import type { QueryClient } from "@tanstack/react-query";
import { redirect } from "@tanstack/react-router";
import { isApiError } from "../api-client/client.ts";
import { meQueryOptions } from "../api-client/queries.ts";
import type { Role, User } from "../api-client/schemas.ts";

/**
 * For a shell's `beforeLoad`: resolve the signed-in user via `GET /api/v1/me`,
 * or redirect to `/login?redirect=<current path>` on 401.
 */
export async function requireUser(queryClient: QueryClient, currentHref: string): Promise<{ user: User }> {
  try {
    const user = await queryClient.fetchQuery(meQueryOptions());
    return { user };
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      throw redirect({ to: "/login", search: { redirect: currentHref } });
    }
    throw e;
  }
}

export const STAFF_ROLES: readonly Role[] = ["admin", "support"];
export const isStaff = (user: User) => STAFF_ROLES.includes(user.role);
