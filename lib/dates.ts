import { z } from "zod";

export type Period = { from: string; to: string };

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDate(value: string): number {
  return Date.parse(`${value}T00:00:00Z`);
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY);
}

/** Inclusive number of days of a period. */
export function periodDays(period: Period): number {
  return Math.round((parseDate(period.to) - parseDate(period.from)) / DAY) + 1;
}

/** docs/kpis.md: the period of the same number of days ending the day before `from`. */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1);
  return { from: addDays(to, 1 - periodDays(period)), to };
}

export const isoDate = z
  .string()
  .regex(DATE, "must be a date YYYY-MM-DD")
  .refine((value) => {
    const ms = parseDate(value);
    return !Number.isNaN(ms) && formatDate(ms) === value;
  }, "is not a real calendar date");

/** `from` and `to` of a query string, both required, `from` not after `to`. */
export const periodQuery = z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, { message: "`from` must not be after `to`", path: ["from"] });

export type Interval = "day" | "week" | "month";

/**
 * The buckets of a trend: whole days, ISO weeks (Monday first) or calendar months, clipped to
 * the period so that each point equals the KPI over exactly its start..end.
 */
export function buckets(period: Period, interval: Interval): Period[] {
  const end = parseDate(period.to);
  const result: Period[] = [];
  let start = parseDate(period.from);
  while (start <= end) {
    const date = new Date(start);
    let next: number;
    if (interval === "day") next = start + DAY;
    else if (interval === "week") next = start + (8 - (date.getUTCDay() || 7)) * DAY;
    else next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    result.push({ from: formatDate(start), to: formatDate(Math.min(next - DAY, end)) });
    start = next;
  }
  return result;
}
