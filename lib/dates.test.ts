import { expect, test } from "vitest";
import { buckets, isoDate, periodDays, previousPeriod } from "./dates";

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
