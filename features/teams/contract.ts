import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { checkPeriodLength, isoDate, periodQuery } from "@/lib/dates";
import { kpiNumber } from "@/features/kpis/contract-shared";
import { UNITS } from "@/features/kpis/registry";

/** The team KPIs the Teams page can compare over time. */
export const TEAM_TREND_METRICS = ["win_rate", "sal_rate", "followup_rate", "median_hours_to_follow_up"] as const;
export type TeamTrendMetric = (typeof TEAM_TREND_METRICS)[number];

export const TEAM_TREND_INTERVALS = ["week", "month"] as const;
export type TeamTrendInterval = (typeof TEAM_TREND_INTERVALS)[number];

const count = z.number().int().nonnegative();
const kpiUnit = z.enum(UNITS);

const teamRow = z.object({
  id: z.string(),
  name: z.string(),
  handoffs: count,
  sal_rate: kpiNumber,
  followup_rate: kpiNumber,
  median_hours_to_follow_up: kpiNumber,
  /** Handoffs sent in the period whose follow-up came later than the SLA, or is overdue. */
  sla_breaches: count,
  opportunities_closed: count,
  won: count,
  win_rate: kpiNumber,
  revenue: kpiNumber,
});
export type TeamRow = z.infer<typeof teamRow>;

const trendsQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    metric: z.enum(TEAM_TREND_METRICS, { message: `must be one of ${TEAM_TREND_METRICS.join(", ")}` }).default("win_rate"),
    interval: z.enum(TEAM_TREND_INTERVALS, { message: "must be week or month" }).default("week"),
  })
  .refine((q) => q.from <= q.to, { message: "`from` must not be after `to`", path: ["from"] })
  .superRefine(checkPeriodLength);

export const teamEndpoints = {
  report: endpoint({
    method: "GET",
    path: "/api/v1/teams",
    tag: "teams",
    summary: "Handoff and closing KPIs per sales team",
    description:
      "Every sales team with its handoffs, SAL rate, follow-up rate, median hours to follow up, SLA breaches, opportunities closed and won, win rate and revenue over the period. The plain team list is in GET /api/v1/options.",
    access: "read",
    query: periodQuery,
    response: z.object({ from: wire.date, to: wire.date, sla_hours: z.number().positive(), teams: z.array(teamRow) }),
  }),
  trends: endpoint({
    method: "GET",
    path: "/api/v1/teams/trends",
    tag: "teams",
    summary: "One trend line per sales team for a team KPI",
    description: "The KPI per ISO week (Monday first) or calendar month of the period, for each sales team; empty buckets are present with a null value.",
    access: "read",
    query: trendsQuery,
    response: z.object({
      metric: z.enum(TEAM_TREND_METRICS),
      label: z.string(),
      unit: kpiUnit,
      interval: z.enum(TEAM_TREND_INTERVALS),
      from: wire.date,
      to: wire.date,
      teams: z.array(z.object({ id: z.string(), name: z.string(), points: z.array(z.object({ start: wire.date, end: wire.date, value: kpiNumber })) })),
    }),
  }),
};
