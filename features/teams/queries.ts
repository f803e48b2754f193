import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { FilterState } from "@/lib/filters";
import { teamEndpoints, type TeamTrendInterval, type TeamTrendMetric } from "./contract";

/** The Teams page's queries: the team report reads the period only, never the filters. */
export const teamQueries = {
  all: ["teams"] as const,
  report: (filters: FilterState) => {
    const query = { from: filters.from, to: filters.to };
    return queryOptions({
      queryKey: [...teamQueries.all, "report", query],
      queryFn: ({ signal }) => apiFetch(teamEndpoints.report, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
  trends: (filters: FilterState, metric: TeamTrendMetric, interval: TeamTrendInterval) => {
    const query = { from: filters.from, to: filters.to, metric, interval };
    return queryOptions({
      queryKey: [...teamQueries.all, "trends", query],
      queryFn: ({ signal }) => apiFetch(teamEndpoints.trends, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};
