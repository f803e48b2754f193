import { expect, test } from "vitest";
import { EMPTY, formatChange, formatValue } from "./format";

test("null, undefined and NaN are shown as a dash, never as 0", () => {
  expect(formatValue(null, "currency")).toBe(EMPTY);
  expect(formatValue(undefined, "percent")).toBe(EMPTY);
  expect(formatValue(Number.NaN, "count")).toBe(EMPTY);
});

test("each display format", () => {
  expect(formatValue(1234.5, "currency")).toBe("€1,234.50");
  expect(formatValue(123456, "currency", true)).toBe("€123.5k");
  expect(formatValue(9999, "currency", true)).toBe("€9,999.00");
  expect(formatValue(0.1234, "percent")).toBe("12.3%");
  expect(formatValue(1234.4, "count")).toBe("1,234");
  expect(formatValue(2.456, "multiple")).toBe("2.46×");
  expect(formatValue(15.344, "hours")).toBe("15.34 h");
});

test("durations round to whole seconds before splitting into minutes", () => {
  expect(formatValue(42, "duration")).toBe("42 s");
  expect(formatValue(118, "duration")).toBe("1 min 58 s");
  expect(formatValue(119.6, "duration")).toBe("2 min 0 s");
});

test("changes: percentage points for percentages, relative otherwise", () => {
  expect(formatChange(0.1, -0.58, "percent")).toBe("−0.58 pp");
  expect(formatChange(-0.061, null, "count")).toBe("−6.1%");
  expect(formatChange(0.4, null, "currency")).toBe("+40.0%");
  expect(formatChange(null, null, "count")).toBeNull();
});
