import { USERS_PAGE_SIZE, type ListUsersQuery } from "@/lib/admin/users/list-users";

type Filters = Pick<ListUsersQuery, "q" | "role" | "status" | "course" | "active">;
const FILTER_KEYS = ["q", "role", "status", "course", "active"] as const satisfies readonly (keyof Filters)[];

/**
 * The query string of another page of the admin user list: the same filters, a new position. Cursors say
 * only where to start, so a link that dropped a filter would silently page through a different list.
 */
export function usersPageParams(query: Filters & { limit?: number }, position: { cursor: string } | { before: string } | null): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) params[key] = value;
  }
  if (query.limit && query.limit !== USERS_PAGE_SIZE) params.limit = String(query.limit);
  if (position) Object.assign(params, position);
  return params;
}
