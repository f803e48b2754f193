import { queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { adminEndpoints } from "./contract";

/**
 * The admin lists' queries. Teams and campaigns are read from the filter options (one list for
 * the filter bar, the forms and the admin tables), not from here.
 */
export const adminQueries = {
  all: ["admin"] as const,
  users: () => queryOptions({ queryKey: [...adminQueries.all, "users"], queryFn: ({ signal }) => apiFetch(adminEndpoints.listUsers, { signal }) }),
  targets: () => queryOptions({ queryKey: [...adminQueries.all, "targets"], queryFn: ({ signal }) => apiFetch(adminEndpoints.listTargets, { signal }) }),
  tokens: () => queryOptions({ queryKey: [...adminQueries.all, "tokens"], queryFn: ({ signal }) => apiFetch(adminEndpoints.listTokens, { signal }) }),
};
