import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { readingParams, type FilterState } from "@/lib/filters";
import { websiteEndpoints } from "./contract";

/** The Website page's own queries (its tiles and trends are the KPI feature's). */
export const websiteQueries = {
  all: ["website"] as const,
  // Traffic has a channel and nothing else: campaign and team would not narrow it.
  landingPages: (filters: FilterState) => {
    const query = readingParams(filters, ["campaign", "team"]);
    return queryOptions({
      queryKey: [...websiteQueries.all, "landing-pages", query],
      queryFn: ({ signal }) => apiFetch(websiteEndpoints.landingPages, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};
