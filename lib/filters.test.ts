import { expect, test } from "vitest";
import { DEFAULT_PRESET, presetPeriod, readFilters, writeFilters, type FilterState, type PresetId } from "./filters";

// 2026-11-25 is a Wednesday in the fourth quarter.
const TODAY = "2026-11-25";

test.each<[PresetId, string, string]>([
  ["this_week", "2026-11-23", "2026-11-25"],
  ["last_week", "2026-11-16", "2026-11-22"],
  ["last_30_days", "2026-10-27", "2026-11-25"],
  ["this_month", "2026-11-01", "2026-11-25"],
  ["last_month", "2026-10-01", "2026-10-31"],
  ["this_quarter", "2026-10-01", "2026-11-25"],
  ["last_quarter", "2026-07-01", "2026-09-30"],
  ["year_to_date", "2026-01-01", "2026-11-25"],
])("%s on %s", (preset, from, to) => {
  expect(presetPeriod(preset, TODAY)).toEqual({ from, to });
});

test("last month and last quarter cross the year in January", () => {
  expect(presetPeriod("last_month", "2027-01-10")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  expect(presetPeriod("last_quarter", "2027-01-10")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
});

test("an empty URL is the last 30 days with comparison on", () => {
  expect(readFilters(new URLSearchParams(), TODAY)).toEqual({ preset: DEFAULT_PRESET, from: "2026-10-27", to: "2026-11-25", compare: true });
});

test("a state survives the round trip through the URL", () => {
  const state: FilterState = { preset: "custom", from: "2026-03-01", to: "2026-03-31", compare: false, channel: "email", campaign: "c1", team: "t1" };
  const params = writeFilters(state);
  expect(params.toString()).toBe("from=2026-03-01&to=2026-03-31&compare=off&channel=email&campaign=c1&team=t1");
  expect(readFilters(params, TODAY)).toEqual(state);
  const preset = readFilters(new URLSearchParams("range=last_month&channel=paid_search"), TODAY);
  expect(preset).toMatchObject({ preset: "last_month", from: "2026-10-01", to: "2026-10-31", channel: "paid_search" });
  expect(writeFilters(preset).toString()).toBe("range=last_month&channel=paid_search");
});

test("a broken custom range or an unknown preset falls back to the default", () => {
  expect(readFilters(new URLSearchParams("from=2026-03-31&to=2026-03-01"), TODAY).preset).toBe(DEFAULT_PRESET);
  expect(readFilters(new URLSearchParams("from=yesterday&to=2026-03-01"), TODAY).preset).toBe(DEFAULT_PRESET);
  expect(readFilters(new URLSearchParams("range=forever"), TODAY).preset).toBe(DEFAULT_PRESET);
});

test("old links keep working: range=custom with dates, compare=on, an unknown channel ignored", () => {
  expect(readFilters(new URLSearchParams("range=custom&from=2026-03-01&to=2026-03-31&compare=on"), TODAY)).toMatchObject({
    preset: "custom",
    from: "2026-03-01",
    to: "2026-03-31",
    compare: true,
  });
  expect(readFilters(new URLSearchParams("channel=carrier_pigeon&campaign="), TODAY)).toEqual({
    preset: DEFAULT_PRESET,
    from: "2026-10-27",
    to: "2026-11-25",
    compare: true,
  });
  // A preset wins over leftover dates.
  expect(readFilters(new URLSearchParams("range=this_month&from=2026-03-01&to=2026-03-31"), TODAY)).toMatchObject({ preset: "this_month", from: "2026-11-01" });
});

test("the default state writes an empty query", () => {
  expect(writeFilters(readFilters(new URLSearchParams(), TODAY)).toString()).toBe("");
});
