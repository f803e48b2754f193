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

/**
 * docs/api.md "Limits": the dates Tandem accepts. With MAX_PERIOD_DAYS it keeps every period the
 * engine derives (the previous one, the one before it) a valid date for JavaScript and PostgreSQL.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2999-12-31";

/** The longest period a reading may span: 20 years (20 × 365.25 days). */
export const MAX_PERIOD_DAYS = 7305;

export const isoDate = z
  .string()
  .regex(DATE, "must be a date YYYY-MM-DD")
  .superRefine((value, ctx) => {
    if (!DATE.test(value)) return;
    const ms = parseDate(value);
    if (Number.isNaN(ms) || formatDate(ms) !== value) ctx.addIssue({ code: "custom", message: "is not a real calendar date" });
    else if (value < MIN_DATE || value > MAX_DATE) ctx.addIssue({ code: "custom", message: `must be between ${MIN_DATE} and ${MAX_DATE}` });
  });

/** Refuses a period longer than MAX_PERIOD_DAYS, naming both ends: `.superRefine(checkPeriodLength)` on a query schema. */
export function checkPeriodLength(period: Period, ctx: { addIssue(issue: { code: "custom"; path: string[]; message: string }): void }) {
  if (periodDays(period) <= MAX_PERIOD_DAYS) return;
  for (const field of ["from", "to"]) {
    ctx.addIssue({ code: "custom", path: [field], message: `the period may span at most 20 years (${MAX_PERIOD_DAYS} days), got ${periodDays(period)} days` });
  }
}

/** `from` and `to` of a query string, both required, `from` not after `to`, at most MAX_PERIOD_DAYS apart. */
export const periodQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: "`from` must not be after `to`", path: ["from"] })
  .superRefine(checkPeriodLength);

export type Interval = "day" | "week" | "month";

const mondayOf = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;

/** How many buckets `buckets()` returns, by arithmetic: a cap is checked before any bucket is built. */
export function bucketCount(period: Period, interval: Interval): number {
  const from = parseDate(period.from);
  const to = parseDate(period.to);
  if (from > to) return 0;
  if (interval === "day") return periodDays(period);
  if (interval === "week") return Math.round((mondayOf(to) - mondayOf(from)) / (7 * DAY)) + 1;
  const [start, end] = [new Date(from), new Date(to)];
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
}

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
