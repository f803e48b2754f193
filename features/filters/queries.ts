import { queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { filterEndpoints } from "./contract";

export type { FilterOptions, OptionCampaign, OptionTeam } from "./contract";

/**
 * The filter options' one query: `["options"]` is invalidated by every write that adds, renames
 * or removes a campaign or a team (admin), so the filter bar and the forms see it at once.
 */
export const filterQueries = {
  all: ["options"] as const,
  options: () =>
    queryOptions({
      queryKey: filterQueries.all,
      queryFn: ({ signal }) => apiFetch(filterEndpoints.options, { signal }),
      staleTime: 5 * 60_000,
    }),
};
