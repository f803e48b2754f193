import { expect, test } from "vitest";
import { landingPath, safeCallbackPath } from "./callback-path";

test.each([
  ["/ok?x=1", "/ok?x=1"],
  ["/", "/"],
  ["/funnel?period=2026-10", "/funnel?period=2026-10"],
  ["/kpis/cpl#rows", "/kpis/cpl#rows"],
  ["/%5Cevil.example/", "/start"],
  ["/\\evil.example/", "/start"],
  ["/\tevil", "/start"],
  ["/%09/evil.example/", "/start"],
  ["/\t/evil.example/", "/start"],
  ["/%0a/evil.example", "/start"],
  ["/\n/evil.example", "/start"],
  ["/ok\u0000", "/start"],
  ["//evil", "/start"],
  ["//evil.example/path", "/start"],
  ["/%2F/evil.example", "/start"],
  ["/%2f%2fevil.example", "/start"],
  ["https://evil", "/start"],
  ["http://localhost/ok", "/start"],
  ["javascript:alert(1)", "/start"],
  ["evil.example", "/start"],
  ["", "/start"],
  ["/%E0%A4%A", "/start"],
  [undefined, "/start"],
  [["/ok", "/other"], "/start"],
  [`/${"a".repeat(2001)}`, "/start"],
])("safeCallbackPath(%j) is %j", (value, expected) => {
  expect(safeCallbackPath(value, "/start")).toBe(expected);
});

test.each([
  ["admin", "/"],
  ["marketing", "/"],
  ["sales", "/funnel"],
] as const)("the %s role lands on %s", (role, path) => {
  expect(landingPath(role)).toBe(path);
});
