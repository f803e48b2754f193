import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import type { errorEnvelope } from "@/lib/api/contract";
import type { KpisResponse, RowsResponse, SparklinesResponse, TrendResponse } from "@/features/kpis/contract";
import { loadFixture } from "./fixture";
import { call, resetDatabase, seedUser } from "./harness";

// Every answer is checked against its endpoint's contract by route() (lib/api/route.ts); the
// values are those worked out by hand from tests/fixture.ts in kpi-engine.test.ts.
const OCT = "from=2026-10-01&to=2026-10-31";
let token: string;

type ErrorAnswer = z.infer<typeof errorEnvelope>;

beforeAll(async () => {
  await resetDatabase();
  await loadFixture();
  token = (await seedUser("sales")).token;
});

afterAll(resetDatabase);

describe("success", () => {
  test("GET /api/v1/kpis with a comparison", async () => {
    const { status, body } = await call<KpisResponse>("GET", `/api/v1/kpis?${OCT}&compare=previous`, { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: "2026-10-01", to: "2026-10-31", filters: {}, compare: "previous" });
    expect(body.kpis).toHaveLength(37);
    const cpl = body.kpis.find((k) => k.id === "cpl");
    expect(cpl).toMatchObject({
      value: 717.78,
      unit: "currency",
      display: "currency",
      numerator: { measure: "spend" },
      denominator: { measure: "marketing_leads_created", value: 3 },
    });
    expect(body.kpis.find((k) => k.id === "leads")).toMatchObject({ value: 5, previous: 1, delta: 4 });
  });

  test("GET /api/v1/kpis.csv", async () => {
    const { status, headers, text } = await call("GET", `/api/v1/kpis.csv?${OCT}&channel=paid_search`, { token });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/csv");
    expect(headers.get("content-disposition")).toContain('filename="kpis_2026-10-01_2026-10-31.csv"');
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("id,label,value,unit,previous,delta,status,target,formula,filters_applied");
    expect(lines).toHaveLength(38);
    expect(lines.find((line) => line.startsWith("cpl,"))).toMatch(/^cpl,Cost per lead,1500,currency,.*,channel$/);
  });

  test("GET /api/v1/kpis/{id}/rows", async () => {
    const { status, body } = await call<RowsResponse>("GET", `/api/v1/kpis/cpl/rows?${OCT}&part=denominator`, { token });
    expect(status).toBe(200);
    expect(body.part).toMatchObject({ measure: "marketing_leads_created", role: "denominator", table: "leads", value: 3 });
    expect(body.parts.map((p) => p.role)).toEqual(["numerator", "denominator"]);
    expect(body.rows.map((r) => r.id)).toEqual(["L1", "L6", "L2"]);
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 3 });
  });

  test("GET /api/v1/kpis/{id}/rows as CSV", async () => {
    const { status, headers, text } = await call("GET", `/api/v1/kpis/cpl/rows?${OCT}&format=csv`, { token });
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toContain('filename="cpl_numerator_2026-10-01_2026-10-31.csv"');
    expect(
      text
        .trim()
        .split("\n")
        .map((line) => line.split(",")[0]),
    ).toEqual(["id", "s1", "s2", "s4"]);
  });

  test("GET /api/v1/trends", async () => {
    const { status, body } = await call<TrendResponse>("GET", `/api/v1/trends?${OCT}&metric=leads&interval=week`, { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ metric: "leads", label: "Leads", unit: "count", interval: "week" });
    expect(body.points).toEqual([
      { start: "2026-10-01", end: "2026-10-04", value: 1 },
      { start: "2026-10-05", end: "2026-10-11", value: 1 },
      { start: "2026-10-12", end: "2026-10-18", value: 1 },
      { start: "2026-10-19", end: "2026-10-25", value: 1 },
      { start: "2026-10-26", end: "2026-10-31", value: 1 },
    ]);
  });

  test("GET /api/v1/sparklines", async () => {
    const { status, body } = await call<SparklinesResponse>("GET", `/api/v1/sparklines?from=2026-09-15&to=2026-10-31&interval=month`, { token });
    expect(status).toBe(200);
    expect(body.starts).toEqual(["2026-09-15", "2026-10-01"]);
    expect(Object.keys(body.series)).toHaveLength(37);
    expect(body.series.spend).toEqual([1500, 2153.33]);
  });
});

describe("bad input", () => {
  test.each([
    ["/api/v1/kpis", `${OCT}&channel=tv`, "channel"],
    ["/api/v1/kpis.csv", "from=2026-11-01&to=2026-10-31", "from"],
    ["/api/v1/kpis/cpl/rows", `${OCT}&pageSize=0`, "pageSize"],
    ["/api/v1/trends", `${OCT}&metric=happiness`, "metric"],
    ["/api/v1/sparklines", `${OCT}&interval=hour`, "interval"],
  ])("%s?%s answers 400 naming %s", async (path, query, field) => {
    const { status, body } = await call<ErrorAnswer>("GET", `${path}?${query}`, { token });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect((body.error.details as { field: string }[]).map((d) => d.field)).toContain(field);
  });

  test.each([
    ["an unknown KPI's rows", "/api/v1/kpis/happiness/rows", 404],
    ["a part the KPI does not have", "/api/v1/kpis/leads/rows", 404],
  ])("%s answer %i", async (_, path, code) => {
    const { status } = await call("GET", `${path}?${OCT}&part=denominator`, { token });
    expect(status).toBe(code);
  });

  test("an unknown team names the parameter", async () => {
    const { status, body } = await call<ErrorAnswer>("GET", `/api/v1/trends?${OCT}&metric=leads&team=nope`, { token });
    expect(status).toBe(400);
    expect(body.error.details).toEqual([{ field: "team", message: "no team has this id" }]);
  });

  test("without a token", async () => {
    expect((await call("GET", `/api/v1/kpis?${OCT}`, { token: null })).status).toBe(401);
  });
});
