import "server-only";
import { badRequest } from "@/lib/api/errors";
import { bucketCount, buckets, type Interval, type Period } from "@/lib/dates";
import { KPIS, kpiValue, type KpiDefinition, type KpiId } from "@/features/kpis/registry";
import type { Filters } from "./measures";
import { kpiOrThrow, present, valuesFor } from "./service";

export const MAX_TREND_POINTS = 1000;

/**
 * Refuses more points than a chart can show, counted by arithmetic so that nothing is built
 * first; `fields` are the parameters the answer names (a fixed interval leaves only the period).
 */
export function checkTrendPoints(period: Period, interval: Interval, fields: string[] = ["interval"]) {
  const count = bucketCount(period, interval);
  if (count > MAX_TREND_POINTS) {
    const advice = fields.includes("interval") ? "choose a longer interval or a shorter period" : "choose a shorter period";
    throw badRequest(
      `${count} ${interval}s are too many points; ${advice}`,
      fields.map((field) => ({ field, message: `at most ${MAX_TREND_POINTS} ${interval}s` })),
    );
  }
}

/** The buckets of a period, refused when there are more than a chart can show. */
export function trendBuckets(period: Period, interval: Interval, fields?: string[]) {
  checkTrendPoints(period, interval, fields);
  return buckets(period, interval);
}

/** One KPI's value in each of the (already checked) buckets. */
export async function trendPoints(kpi: KpiDefinition, periods: Period[], filters: Filters) {
  const values = await valuesFor(periods, [kpi], filters, false);
  return values.map((v) => ({ start: v.period.from, end: v.period.to, value: present(kpi, kpiValue(kpi, v)) }));
}

/** One KPI's value in each bucket of the period (GET /api/v1/trends). */
export async function trend(metric: KpiId, period: Period, interval: Interval, filters: Filters) {
  const kpi = kpiOrThrow(metric);
  const periods = trendBuckets(period, interval);
  return {
    metric: kpi.id,
    label: kpi.label,
    unit: kpi.unit,
    interval,
    from: period.from,
    to: period.to,
    filters,
    points: await trendPoints(kpi, periods, filters),
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
