import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { readingParams, type FilterState } from "@/lib/filters";
import { funnelEndpoints } from "./contract";

/** The funnel's queries: each key holds every input, so a filter change refetches. */
export const funnelQueries = {
  all: ["funnel"] as const,
  report: (filters: FilterState) => {
    const query = readingParams(filters);
    return queryOptions({
      queryKey: [...funnelQueries.all, "report", query],
      queryFn: ({ signal }) => apiFetch(funnelEndpoints.report, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
  cohorts: (filters: FilterState) => {
    const query = readingParams(filters);
    return queryOptions({
      queryKey: [...funnelQueries.all, "cohorts", query],
      queryFn: ({ signal }) => apiFetch(funnelEndpoints.cohorts, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};
