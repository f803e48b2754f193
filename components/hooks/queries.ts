"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiParams, type FilterState } from "@/lib/filters";
import type { mqlCohorts, teamReport, teamTrends, TEAM_TREND_METRICS } from "@/features/kpis/server/reports";
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
export type FunnelResponse = { stages: { id: string; label: string; count: number; conversionFromPrevious: number | null; dropOff: number | null; amount: number | null }[] };
// Response types come from the functions that build the responses: defined once.
export type TeamsResponse = Awaited<ReturnType<typeof teamReport>>;
export type TeamRow = TeamsResponse["teams"][number];
export type TeamTrendsResponse = Awaited<ReturnType<typeof teamTrends>>;
export type TeamTrendMetric = (typeof TEAM_TREND_METRICS)[number];
export type CohortsResponse = Awaited<ReturnType<typeof mqlCohorts>>;
export type CampaignRow = { id: string; name: string; channel: string; spend: number | null; leads: number | null; mqls: number | null; opportunities: number; won: number; marketing_revenue: number | null; cpl: number | null; cost_per_opportunity: number | null; roas: number | null; arpa: number | null };
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

export function useFunnel(filters: FilterState) {
  const query = apiParams(filters);
  return useQuery({ queryKey: ["funnel", query], queryFn: () => getJson<FunnelResponse>(`/api/v1/funnel?${query}`), ...options });
}

export function useTeams(filters: FilterState) {
  const query = new URLSearchParams({ from: filters.from, to: filters.to }).toString();
  return useQuery({ queryKey: ["teams", query], queryFn: () => getJson<TeamsResponse>(`/api/v1/teams?${query}`), ...options });
}

export function useTeamTrends(filters: FilterState, metric: TeamTrendMetric, interval: "week" | "month") {
  const query = new URLSearchParams({ from: filters.from, to: filters.to, metric, interval }).toString();
  return useQuery({ queryKey: ["team-trends", query], queryFn: () => getJson<TeamTrendsResponse>(`/api/v1/teams/trends?${query}`), ...options });
}

export function useMqlCohorts(filters: FilterState) {
  const query = apiParams(filters);
  return useQuery({ queryKey: ["cohorts", query], queryFn: () => getJson<CohortsResponse>(`/api/v1/funnel/cohorts?${query}`), ...options });
}

export function useCampaigns(filters: FilterState, by: "campaign" | "channel") {
  const query = apiParams({ ...filters, team: undefined }, { by });
  return useQuery({ queryKey: ["campaigns", query], queryFn: () => getJson<{ campaigns: CampaignRow[] }>(`/api/v1/campaigns?${query}`), ...options });
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

export type LandingPageRow = { landing_page: string; sessions: number; users: number; bounce_rate: number | null; conversions: number; conversion_rate: number | null };

export function useLandingPages(filters: FilterState) {
  const query = apiParams({ ...filters, campaign: undefined, team: undefined });
  return useQuery({ queryKey: ["landing-pages", query], queryFn: () => getJson<{ pages: LandingPageRow[] }>(`/api/v1/landing-pages?${query}`), ...options });
}
