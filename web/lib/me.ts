import { useQuery } from "@tanstack/react-query";
import { meQueryOptions } from "../api-client/queries.ts";
import type { User } from "../api-client/schemas.ts";

/**
 * The signed-in user, kept live through the `me` query (profile changes, verification) and falling
 * back to the user the shell's `beforeLoad` resolved. Returns the query too (for its error state).
 */
export function useMe(initial: User) {
  const query = useQuery(meQueryOptions());
  return { user: query.data ?? initial, query };
}
