import { expect, test } from "@playwright/test";
import { demoDaysAgo, tokenFor, USERS } from "../helpers";

// The demo data's last 30 days: the same rows on every run.
const period = `from=${demoDaysAgo(29)}&to=${demoDaysAgo(0)}`;
let auth: Record<string, string>;

test.beforeAll(async ({ request }) => {
  auth = { authorization: `Bearer ${await tokenFor(request, USERS.marketing)}` };
});

test.describe("authentication", () => {
  test("every API route answers 401 without a session or token", async ({ request }) => {
    for (const path of [
      `/api/v1/kpis?${period}`,
      "/api/v1/kpis/leads/rows?" + period,
      `/api/v1/funnel?${period}`,
      `/api/v1/trends?metric=leads&${period}`,
      `/api/v1/teams?${period}`,
      `/api/v1/campaigns?${period}`,
      "/api/v1/export/leads.csv",
      `/api/v1/kpis.csv?${period}`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });

  test("a wrong token is refused", async ({ request }) => {
    const response = await request.get(`/api/v1/kpis?${period}`, { headers: { authorization: "Bearer tdm_nope" } });
    expect(response.status()).toBe(401);
  });

  test("wrong credentials get 401, malformed ones 400", async ({ request }) => {
    expect((await request.post("/api/v1/session", { data: { email: USERS.admin, password: "wrong" } })).status()).toBe(401);
    const bad = await request.post("/api/v1/session", { data: { email: USERS.admin } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.details[0].field).toBe("password");
  });

  test("the first admin from ADMIN_EMAIL and ADMIN_PASSWORD gets a token", async ({ request }) => {
    const token = await tokenFor(request, "owner@example.com", "owner-password-1");
    const response = await request.get(`/api/v1/kpis?${period}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
  });
});

test.describe("reading", () => {
  test("GET /api/v1/kpis answers every KPI of the spec", async ({ request }) => {
    const response = await request.get(`/api/v1/kpis?${period}&compare=previous`, { headers: auth });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.kpis).toHaveLength(37);
    const leads = body.kpis.find((k: { id: string }) => k.id === "leads");
    expect(leads).toMatchObject({ unit: "count", formula: expect.any(String), filtersApplied: [] });
    expect(leads.value).toBeGreaterThan(0);
    expect(typeof leads.previous).toBe("number");
  });

  test("rows, funnel, trends, teams, campaigns", async ({ request }) => {
    const rows = await (await request.get(`/api/v1/kpis/cpl/rows?${period}&part=denominator&pageSize=5`, { headers: auth })).json();
    expect(rows.rows).toHaveLength(5);
    expect(rows.part.role).toBe("denominator");
    const kpis = await (await request.get(`/api/v1/kpis?${period}`, { headers: auth })).json();
    const cpl = kpis.kpis.find((k: { id: string }) => k.id === "cpl");
    expect(rows.total).toBe(cpl.denominator.value);

    const funnel = await (await request.get(`/api/v1/funnel?${period}`, { headers: auth })).json();
    expect(funnel.stages.map((s: { id: string }) => s.id)).toEqual(["leads", "mqls", "sals", "sqls", "opportunities", "quoted", "won"]);
    expect(funnel.stages[0].count).toBe(kpis.kpis.find((k: { id: string }) => k.id === "leads").value);

    const trend = await (await request.get(`/api/v1/trends?metric=leads&interval=day&${period}`, { headers: auth })).json();
    expect(trend.points).toHaveLength(30);
    expect(trend.points.reduce((sum: number, p: { value: number }) => sum + p.value, 0)).toBe(funnel.stages[0].count);

    const teams = await (await request.get(`/api/v1/teams?${period}`, { headers: auth })).json();
    expect(teams.teams.length).toBeGreaterThan(0);
    const campaigns = await (await request.get(`/api/v1/campaigns?${period}`, { headers: auth })).json();
    const spend = campaigns.campaigns.reduce((sum: number, c: { spend: number }) => sum + c.spend, 0);
    expect(spend).toBeCloseTo(kpis.kpis.find((k: { id: string }) => k.id === "spend").value, 1);
  });

  test("MQL-week cohorts and team trends", async ({ request }) => {
    const cohorts = await (await request.get(`/api/v1/funnel/cohorts?${period}`, { headers: auth })).json();
    const mqls = (await (await request.get(`/api/v1/kpis?${period}`, { headers: auth })).json()).kpis.find((k: { id: string }) => k.id === "mqls").value;
    expect(cohorts.weeks).toEqual([1, 2, 4, 8]);
    expect(cohorts.cohorts.reduce((sum: number, c: { mqls: number }) => sum + c.mqls, 0)).toBe(mqls);
    const trends = await (await request.get(`/api/v1/teams/trends?${period}&metric=sal_rate&interval=week`, { headers: auth })).json();
    const teams = await (await request.get(`/api/v1/teams?${period}`, { headers: auth })).json();
    expect(trends.teams.map((t: { id: string }) => t.id)).toEqual(teams.teams.map((t: { id: string }) => t.id));
    expect(teams.teams[0].sla_breaches).toEqual(expect.any(Number));
  });

  test("CSV exports", async ({ request }) => {
    const kpis = await request.get(`/api/v1/kpis.csv?${period}`, { headers: auth });
    expect(kpis.headers()["content-type"]).toContain("text/csv");
    const lines = (await kpis.text()).trim().split("\n");
    expect(lines[0]).toBe("id,label,value,unit,previous,delta,status,target,formula,filters_applied");
    expect(lines).toHaveLength(38);
    const teams = await request.get("/api/v1/export/teams.csv", { headers: auth });
    expect((await teams.text()).split("\n")[0]).toBe("id,name,kind");
  });
});

test.describe("errors", () => {
  const cases: [string, number, string][] = [
    ["/api/v1/kpis?from=2026-13-01&to=2026-12-31", 400, "from"],
    ["/api/v1/kpis?from=2026-02-30&to=2026-03-31", 400, "from"],
    ["/api/v1/kpis?to=2026-03-31", 400, "from"],
    ["/api/v1/kpis?from=2026-03-02&to=2026-03-01", 400, "from"],
    ["/api/v1/kpis?from=2026-03-01&to=2026-03-31&channel=tv", 400, "channel"],
    ["/api/v1/kpis?from=2026-03-01&to=2026-03-31&team=nope", 400, "team"],
    ["/api/v1/kpis?from=2026-03-01&to=2026-03-31&campaign=nope", 400, "campaign"],
    ["/api/v1/kpis?from=2026-03-01&to=2026-03-31&compare=last_year", 400, "compare"],
    ["/api/v1/trends?from=2026-03-01&to=2026-03-31&metric=happiness", 400, "metric"],
    ["/api/v1/trends?from=2026-03-01&to=2026-03-31&metric=leads&interval=hour", 400, "interval"],
    ["/api/v1/teams/trends?from=2026-03-01&to=2026-03-31&metric=leads", 400, "metric"],
    ["/api/v1/funnel/cohorts?from=2026-03-01&to=2026-03-31&channel=tv", 400, "channel"],
    ["/api/v1/funnel/cohorts?from=1900-01-01&to=2026-03-31", 400, "from"],
    ["/api/v1/trends?metric=leads&from=0001-01-01&to=9999-12-31&interval=day", 400, "from"],
    ["/api/v1/trends?metric=leads&from=2006-01-01&to=2025-12-31&interval=day", 400, "interval"],
    ["/api/v1/kpis?from=2026-03-01&to=2026-03-31&team=%00", 400, "team"],
    ["/api/v1/kpis/happiness/rows?from=2026-03-01&to=2026-03-31", 404, ""],
    ["/api/v1/export/secrets.csv", 404, ""],
  ];
  for (const [path, status, field] of cases) {
    test(`${path} answers ${status}${field ? ` naming ${field}` : ""}`, async ({ request }) => {
      const response = await request.get(path, { headers: auth });
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(body.error.message).toEqual(expect.any(String));
      if (field) expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    });
  }
});
