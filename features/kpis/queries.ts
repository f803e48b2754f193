import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch, endpointUrl } from "@/lib/api/client";
import { addDays, type Interval } from "@/lib/dates";
import { readingParams, type FilterState } from "@/lib/filters";
import { kpiEndpoints } from "./contract";
import type { KpiId } from "./registry";

/** Rows per page of the records behind a KPI. */
export const ROWS_PAGE_SIZE = 25;

const days = (filters: FilterState) => (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
const kpisQuery = (filters: FilterState) => ({ ...readingParams(filters), compare: filters.compare ? ("previous" as const) : undefined });

/**
 * The KPI feature's queries. Every key starts with `all`, so a write that changes the records
 * (a handoff accepted, an import) refreshes every KPI, trend and row list by invalidating it.
 */
export const kpiQueries = {
  all: ["kpis"] as const,
  list: (filters: FilterState) => {
    const query = kpisQuery(filters);
    return queryOptions({
      queryKey: [...kpiQueries.all, "list", query],
      queryFn: ({ signal }) => apiFetch(kpiEndpoints.list, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
  trend: (filters: FilterState, metric: KpiId, interval: Interval) => {
    const query = { ...readingParams(filters), metric, interval };
    return queryOptions({
      queryKey: [...kpiQueries.all, "trend", query],
      queryFn: ({ signal }) => apiFetch(kpiEndpoints.trend, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
  rows: (filters: FilterState, id: string, part: string | undefined, page: number) => {
    const query = { ...readingParams(filters), part, page, pageSize: ROWS_PAGE_SIZE };
    return queryOptions({
      queryKey: [...kpiQueries.all, "rows", id, query],
      queryFn: ({ signal }) => apiFetch(kpiEndpoints.rows, { params: { id }, query, signal }),
      placeholderData: keepPreviousData,
    });
  },
  /**
   * The scorecard's sparklines: the 12 ISO weeks up to the period's end (daily values of ratios
   * are too noisy to read), or the period itself by month when it is longer than that.
   */
  sparklines: (filters: FilterState) => {
    const from = days(filters) > 84 ? filters.from : addDays(filters.to, -83);
    const query = { ...readingParams({ ...filters, from }), interval: days(filters) > 366 ? ("month" as const) : ("week" as const) };
    return queryOptions({
      queryKey: [...kpiQueries.all, "sparklines", query],
      queryFn: ({ signal }) => apiFetch(kpiEndpoints.sparklines, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};

/** Download links: the KPI table, and every record behind one part of a KPI, as CSV. */
export const kpiCsvUrls = {
  kpis: (filters: FilterState) => endpointUrl(kpiEndpoints.csv, { query: kpisQuery(filters) }),
  rows: (filters: FilterState, id: string, part: string) =>
    endpointUrl(kpiEndpoints.rows, { params: { id }, query: { ...readingParams(filters), part, format: "csv" } }),
};
