import { expect, test } from "vitest";
import { addDays, bucketCount, buckets, isoDate, MAX_PERIOD_DAYS, periodDays, periodQuery, previousPeriod, type Interval } from "./dates";

test("the previous period has the same number of days and ends the day before", () => {
  expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-01-29", to: "2026-02-28" });
  expect(previousPeriod({ from: "2026-11-23", to: "2026-11-23" })).toEqual({ from: "2026-11-22", to: "2026-11-22" });
  expect(periodDays({ from: "2024-02-01", to: "2024-02-29" })).toBe(29);
});

test("ISO weeks start on Monday and are clipped to the period", () => {
  // 2026-10-01 is a Thursday, 2026-10-31 a Saturday.
  expect(buckets({ from: "2026-10-01", to: "2026-10-31" }, "week")).toEqual([
    { from: "2026-10-01", to: "2026-10-04" },
    { from: "2026-10-05", to: "2026-10-11" },
    { from: "2026-10-12", to: "2026-10-18" },
    { from: "2026-10-19", to: "2026-10-25" },
    { from: "2026-10-26", to: "2026-10-31" },
  ]);
});

test("months and days", () => {
  expect(buckets({ from: "2026-01-15", to: "2026-03-10" }, "month")).toEqual([
    { from: "2026-01-15", to: "2026-01-31" },
    { from: "2026-02-01", to: "2026-02-28" },
    { from: "2026-03-01", to: "2026-03-10" },
  ]);
  expect(buckets({ from: "2026-12-31", to: "2027-01-01" }, "day").map((b) => b.from)).toEqual(["2026-12-31", "2027-01-01"]);
});

test("dates must be real calendar dates", () => {
  expect(isoDate.safeParse("2026-02-28").success).toBe(true);
  expect(isoDate.safeParse("2026-02-30").success).toBe(false);
  expect(isoDate.safeParse("2026-2-3").success).toBe(false);
});

test.each([
  ["1899-12-31", false],
  ["1900-01-01", true],
  ["2999-12-31", true],
  ["3000-01-01", false],
  ["0000-01-01", false],
  ["9999-12-31", false],
])("%s is %s inside the years Tandem accepts", (date, ok) => {
  const parsed = isoDate.safeParse(date);
  expect(parsed.success).toBe(ok);
  if (!ok) expect(parsed.error?.issues.map((i) => i.message)).toEqual(["must be between 1900-01-01 and 2999-12-31"]);
});

test("a period may span 20 years; one day more names from and to", () => {
  // 2000–2019 holds five leap days: 7305 days.
  expect(periodQuery.safeParse({ from: "2000-01-01", to: "2019-12-31" }).success).toBe(true);
  const parsed = periodQuery.safeParse({ from: "2000-01-01", to: "2020-01-01" });
  expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["from", "to"]);
  expect(parsed.error?.issues[0]?.message).toMatch(/at most 20 years/);
});

test("the periods derived from the earliest, longest period stay valid dates", () => {
  const earliest = { from: "1900-01-01", to: previousPeriod({ from: "1900-01-01", to: "1900-01-01" }).to };
  const longest = { from: "1900-01-01", to: addDays("1900-01-01", MAX_PERIOD_DAYS - 1) };
  expect(earliest.to).toBe("1899-12-31");
  const previous = previousPeriod(longest);
  // The growth KPIs read the period before the previous one as well.
  const beforePrevious = previousPeriod(previous);
  expect(periodDays(beforePrevious)).toBe(MAX_PERIOD_DAYS);
  expect(beforePrevious.from).toMatch(/^18[0-9]{2}-01-01$/);
});

const INTERVALS: Interval[] = ["day", "week", "month"];
test.each(
  [
    { from: "2026-10-01", to: "2026-10-31" },
    { from: "2026-10-05", to: "2026-10-05" },
    { from: "2026-10-04", to: "2026-10-05" },
    { from: "2024-02-29", to: "2025-03-01" },
    { from: "2026-12-28", to: "2027-01-03" },
    { from: "1999-12-31", to: "2001-01-01" },
    { from: "2026-10-31", to: "2026-10-01" },
  ].flatMap((period) => INTERVALS.map((interval) => [period, interval] as const)),
)("bucketCount(%o, %s) is the number of buckets, by arithmetic", (period, interval) => {
  expect(bucketCount(period, interval)).toBe(buckets(period, interval).length);
});

test("bucketCount counts a millennium without building it", () => {
  // 1,100 years: 401,767 days, 57,396 ISO weeks (1900-01-01 is a Monday), 13,200 months.
  const span = { from: "1900-01-01", to: "2999-12-31" };
  expect([bucketCount(span, "day"), bucketCount(span, "week"), bucketCount(span, "month")]).toEqual([401_767, 57_396, 13_200]);
});
