"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiParams, type FilterState } from "@/lib/filters";
import type { KpiResult } from "@/features/kpis/server/service";

export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GET an /api/v1 path and unwrap the error envelope into a readable message. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new FetchError(body?.error?.message ?? `The server answered ${response.status}`, response.status);
  }
  return response.json() as Promise<T>;
}

export type KpisResponse = { from: string; to: string; filters: Record<string, string>; kpis: KpiResult[] };
export type TrendResponse = { metric: string; label: string; unit: string; points: { start: string; end: string; value: number | null }[] };
export type RowsResponse = {
  kpi: { id: string; label: string; formula: string; unit: string };
  part: { measure: string; role: string; label: string; table: string; value: number | null };
  parts: { measure: string; role: string; label: string; table: string; value: number | null }[];
  filtersApplied: string[];
  page: number;
  pageSize: number;
  total: number;
  rows: Record<string, unknown>[];
};

const options = { placeholderData: keepPreviousData };

export function useKpis(filters: FilterState) {
  const query = apiParams(filters, { compare: filters.compare ? "previous" : undefined });
  return useQuery({ queryKey: ["kpis", query], queryFn: () => getJson<KpisResponse>(`/api/v1/kpis?${query}`), ...options });
}

export function useTrend(filters: FilterState, metric: string, interval: "day" | "week" | "month") {
  const query = apiParams(filters, { metric, interval });
  return useQuery({ queryKey: ["trends", query], queryFn: () => getJson<TrendResponse>(`/api/v1/trends?${query}`), ...options });
}

export function useKpiRows(filters: FilterState, id: string, part: string | undefined, page: number) {
  const query = apiParams(filters, { part, page: String(page), pageSize: "25" });
  return useQuery({ queryKey: ["rows", id, query], queryFn: () => getJson<RowsResponse>(`/api/v1/kpis/${id}/rows?${query}`), ...options });
}

export type Option = { id: string; name: string };

export function useDimensionOptions() {
  return useQuery({
    queryKey: ["options"],
    queryFn: () => getJson<{ campaigns: Option[]; teams: Option[]; channels: string[] }>(`/api/v1/options`),
    staleTime: 5 * 60_000,
  });
}

/**
 * The scorecard's sparklines: the 12 ISO weeks up to the period's end (daily values of ratios
 * are too noisy to read), or the period itself by month when it is longer than that.
 */
export function useSparklines(filters: FilterState) {
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const from = days > 84 ? filters.from : new Date(Date.parse(filters.to) - 83 * 86_400_000).toISOString().slice(0, 10);
  const query = apiParams({ ...filters, from }, { interval: days > 366 ? "month" : "week" });
  return useQuery({
    queryKey: ["sparklines", query],
    queryFn: () => getJson<{ starts: string[]; series: Record<string, (number | null)[]> }>(`/api/v1/sparklines?${query}`),
    ...options,
  });
}
