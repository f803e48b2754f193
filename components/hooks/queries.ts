"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiParams, type FilterState } from "@/lib/filters";
import type { mqlCohorts, teamReport, teamTrends, TEAM_TREND_METRICS } from "@/features/kpis/server/reports";

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

export type FunnelResponse = { stages: { id: string; label: string; count: number; conversionFromPrevious: number | null; dropOff: number | null; amount: number | null }[] };
// Response types come from the functions that build the responses: defined once.
export type TeamsResponse = Awaited<ReturnType<typeof teamReport>>;
export type TeamRow = TeamsResponse["teams"][number];
export type TeamTrendsResponse = Awaited<ReturnType<typeof teamTrends>>;
export type TeamTrendMetric = (typeof TEAM_TREND_METRICS)[number];
export type CohortsResponse = Awaited<ReturnType<typeof mqlCohorts>>;
export type CampaignRow = { id: string; name: string; channel: string; spend: number | null; leads: number | null; mqls: number | null; opportunities: number; won: number; marketing_revenue: number | null; cpl: number | null; cost_per_opportunity: number | null; roas: number | null; arpa: number | null };

const options = { placeholderData: keepPreviousData };

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

export type Option = { id: string; name: string };

export function useDimensionOptions() {
  return useQuery({
    queryKey: ["options"],
    queryFn: () => getJson<{ campaigns: Option[]; teams: Option[]; channels: string[] }>(`/api/v1/options`),
    staleTime: 5 * 60_000,
  });
}

export type LandingPageRow = { landing_page: string; sessions: number; users: number; bounce_rate: number | null; conversions: number; conversion_rate: number | null };

export function useLandingPages(filters: FilterState) {
  const query = apiParams({ ...filters, campaign: undefined, team: undefined });
  return useQuery({ queryKey: ["landing-pages", query], queryFn: () => getJson<{ pages: LandingPageRow[] }>(`/api/v1/landing-pages?${query}`), ...options });
}
