import { badRequest } from "@/lib/api/errors";
import type { Filters } from "./measures";
import { buckets, type Interval, type Period } from "@/lib/dates";
import { KPI_BY_ID, KPIS, kpiValue } from "@/features/kpis/registry";
import { present, valuesFor } from "./service";

export const MAX_TREND_POINTS = 1000;

/** The buckets of a trend, at most MAX_TREND_POINTS of them (the MQL cohorts use the same weeks). */
export function trendBuckets(period: Period, interval: Interval) {
  const periods = buckets(period, interval);
  if (periods.length > MAX_TREND_POINTS) {
    throw badRequest(`${periods.length} ${interval}s are too many points; choose a longer interval or a shorter period`, [{ field: "interval", message: `at most ${MAX_TREND_POINTS} points` }]);
  }
  return periods;
}

export async function trend(metric: string, period: Period, interval: Interval, filters: Filters) {
  const kpi = KPI_BY_ID.get(metric);
  if (!kpi) throw badRequest(`Unknown metric "${metric}"`, [{ field: "metric", message: "must be a KPI id of GET /api/v1/kpis" }]);
  const periods = trendBuckets(period, interval);
  const values = await valuesFor(periods, [kpi], filters, false);
  return {
    metric,
    label: kpi.label,
    unit: kpi.unit,
    interval,
    from: period.from,
    to: period.to,
    filters,
    points: periods.map((bucket, i) => ({ start: bucket.from, end: bucket.to, value: present(kpi, kpiValue(kpi, values[i])) })),
  };
}

/** Every KPI's trend in one statement: the sparklines of the scorecard. */
export async function sparklines(period: Period, interval: Interval, filters: Filters) {
  const periods = trendBuckets(period, interval);
  const values = await valuesFor(periods, KPIS, filters, false);
  return {
    interval,
    starts: periods.map((p) => p.from),
    series: Object.fromEntries(KPIS.map((kpi) => [kpi.id, values.map((v) => present(kpi, kpiValue(kpi, v)))])),
  };
}
