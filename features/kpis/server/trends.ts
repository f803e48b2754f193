import "server-only";
import { badRequest } from "@/lib/api/errors";
import { buckets, type Interval, type Period } from "@/lib/dates";
import { KPIS, kpiValue, type KpiId } from "@/features/kpis/registry";
import type { Filters } from "./measures";
import { kpiOrThrow, present, valuesFor } from "./service";

export const MAX_TREND_POINTS = 1000;

/** The buckets of a period, refused when there are more than a chart can show. */
export function trendBuckets(period: Period, interval: Interval) {
  const periods = buckets(period, interval);
  if (periods.length > MAX_TREND_POINTS) {
    throw badRequest(`${periods.length} ${interval}s are too many points; choose a longer interval or a shorter period`, [
      { field: "interval", message: `at most ${MAX_TREND_POINTS} points` },
    ]);
  }
  return periods;
}

/** One KPI's value in each bucket of the period (GET /api/v1/trends, and each team's line on the Teams page). */
export async function trend(metric: KpiId, period: Period, interval: Interval, filters: Filters) {
  const kpi = kpiOrThrow(metric);
  const periods = trendBuckets(period, interval);
  const values = await valuesFor(periods, [kpi], filters, false);
  return {
    metric: kpi.id,
    label: kpi.label,
    unit: kpi.unit,
    interval,
    from: period.from,
    to: period.to,
    filters,
    points: values.map((v) => ({ start: v.period.from, end: v.period.to, value: present(kpi, kpiValue(kpi, v)) })),
  };
}

/** Every KPI's trend in one statement: the sparklines of the scorecard. */
export async function sparklines(period: Period, interval: Interval, filters: Filters) {
  const periods = trendBuckets(period, interval);
  const values = await valuesFor(periods, KPIS, filters, false);
  return {
    interval,
    starts: periods.map((p) => p.from),
    series: Object.fromEntries(KPIS.map((kpi) => [kpi.id, values.map((v) => present(kpi, kpiValue(kpi, v)))])) as Record<KpiId, (number | null)[]>,
  };
}
