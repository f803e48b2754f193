import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { z } from "zod";
import type { AnyEndpoint, ResponseOf, errorEnvelope } from "@/lib/api/contract";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { funnelEndpoints } from "@/features/funnel/contract";
import { teamEndpoints } from "@/features/teams/contract";
import { websiteEndpoints } from "@/features/website/contract";
import { loadFixture } from "./fixture";
import { call, resetDatabase, seedUser } from "./harness";

// The report endpoints through their route files: every answer is checked against its contract
// on the way out (lib/api/route.ts), and the numbers below are worked out by hand from
// tests/fixture.ts like those of kpi-engine.test.ts.

let token: string;

beforeEach(async () => {
  await loadFixture();
  ({ token } = await seedUser("sales"));
});
afterEach(resetDatabase);

const OCT = "from=2026-10-01&to=2026-10-31";
/** GETs an endpoint with a query string; the answer is typed by the endpoint's contract. */
const get = <E extends AnyEndpoint>(endpoint: E, query: string) => call<ResponseOf<E>>("GET", `${endpoint.path}?${query}`, { token });

describe("funnel", () => {
  test.each([
    // L1, L2, L5, L6, L7 created in October; L1 and L2 on to opportunities O1 and O4.
    ["", [5, 3, 1, 2, 3, 2, 2], [21000, 13000, 13000]],
    // L2 only: its handoff H2 was never accepted; O4 quoted and won.
    ["&channel=email", [1, 1, 0, 0, 1, 1, 1], [3000, 3000, 3000]],
    // L1 only (L3 was created in September): H1 accepted, O1 quoted and won.
    ["&campaign=c1", [1, 1, 1, 1, 1, 1, 1], [10000, 10000, 10000]],
  ])("the October cohort%s", async (filter, counts, amounts) => {
    const answer = await get(funnelEndpoints.report, `${OCT}${filter}`);
    expect(answer.status).toBe(200);
    expect(answer.body.stages.map((s) => s.count)).toEqual(counts);
    expect(answer.body.stages.slice(4).map((s) => s.amount)).toEqual(amounts);
  });

  test("MQL-week cohorts: the ISO weeks of the period, with their MQLs", async () => {
    const answer = await get(funnelEndpoints.cohorts, OCT);
    expect(answer.status).toBe(200);
    expect(answer.body.weeks).toEqual([1, 2, 4, 8]);
    // L1 and L3 (1 Oct 00:00:00) in the first, short week; L6 on 21 Oct; L2 on 31 Oct 23:59:59.
    expect(answer.body.cohorts.map((c) => [c.start, c.mqls])).toEqual([
      ["2026-10-01", 2],
      ["2026-10-05", 0],
      ["2026-10-12", 0],
      ["2026-10-19", 1],
      ["2026-10-26", 1],
    ]);
  });
});

describe("teams", () => {
  test("per sales team, with the SLA in force", async () => {
    const answer = await get(teamEndpoints.report, OCT);
    expect(answer.status).toBe(200);
    expect(answer.body.sla_hours).toBe(24);
    expect(answer.body.teams.map((t) => [t.id, t.handoffs, t.sla_breaches])).toEqual([
      ["t1", 2, 0],
      ["t2", 2, 1],
    ]);
  });

  test("one trend line per sales team, a point per ISO week", async () => {
    const answer = await get(teamEndpoints.trends, `${OCT}&metric=followup_rate&interval=week`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ metric: "followup_rate", unit: "ratio", interval: "week" });
    // t1: H1 and H3 followed up (1 Oct, 2 Oct); t2: H4 on 21 Oct followed up, H2 on 31 Oct not.
    expect(answer.body.teams.map((t) => [t.id, t.points.map((p) => p.value)])).toEqual([
      ["t1", [1, null, null, null, null]],
      ["t2", [null, null, null, 1, 0]],
    ]);
  });
});

describe("campaigns", () => {
  test.each([
    ["campaign", "", ["c2", "c1"]],
    ["campaign", "&channel=email", ["c2"]],
    ["channel", "&channel=email", ["email"]],
  ])("per %s%s", async (by, filter, ids) => {
    const answer = await get(campaignEndpoints.report, `${OCT}&by=${by}${filter}`);
    expect(answer.status).toBe(200);
    expect(answer.body.campaigns.map((c) => c.id)).toEqual(ids);
  });

  test("per channel: every channel, in the schema's order", async () => {
    const answer = await get(campaignEndpoints.report, `${OCT}&by=channel`);
    expect(answer.body.campaigns.map((c) => c.id)).toEqual([
      "paid_search",
      "paid_social",
      "organic_search",
      "email",
      "events",
      "content",
      "referral",
      "partner",
      "outbound",
      "other",
    ]);
    expect(answer.body.campaigns.find((c) => c.id === "email")).toMatchObject({ leads: 1, mqls: 1, opportunities: 0, won: 1 });
  });
});

describe("landing pages", () => {
  test.each([
    // 30 Sep and 1 Nov are outside the period.
    [
      "",
      [
        ["/", 100, 80, 0.3, 5, 0.05],
        ["/pricing", 50, 45, 0.7, 2, 0.04],
      ],
    ],
    ["&channel=email", [["/pricing", 50, 45, 0.7, 2, 0.04]]],
    // Traffic has no campaign: the filter does not narrow it.
    [
      "&campaign=c2",
      [
        ["/", 100, 80, 0.3, 5, 0.05],
        ["/pricing", 50, 45, 0.7, 2, 0.04],
      ],
    ],
  ])("October traffic per page%s", async (filter, pages) => {
    const answer = await get(websiteEndpoints.landingPages, `${OCT}${filter}`);
    expect(answer.status).toBe(200);
    expect(answer.body.pages.map((p) => [p.landing_page, p.sessions, p.users, p.bounce_rate, p.conversions, p.conversion_rate])).toEqual(pages);
  });
});

test.each([
  ["/api/v1/funnel?from=2026-10-31&to=2026-10-01", "from"],
  ["/api/v1/funnel?from=2026-10-01&to=2026-10-31&team=nope", "team"],
  ["/api/v1/funnel/cohorts?from=2026-10-01&to=2026-10-31&channel=tv", "channel"],
  ["/api/v1/funnel/cohorts?from=1900-01-01&to=2026-10-31", "from"],
  ["/api/v1/teams?from=2026-13-01&to=2026-10-31", "from"],
  ["/api/v1/teams/trends?from=2026-10-01&to=2026-10-31&metric=leads", "metric"],
  ["/api/v1/teams/trends?from=2026-10-01&to=2026-10-31&interval=day", "interval"],
  ["/api/v1/campaigns?from=2026-10-01&to=2026-10-31&by=team", "by"],
  ["/api/v1/campaigns?from=2026-10-01&to=2026-10-31&campaign=nope", "campaign"],
  ["/api/v1/landing-pages?to=2026-10-31", "from"],
])("%s answers 400 naming %s", async (url, field) => {
  const answer = await call<z.infer<typeof errorEnvelope>>("GET", url, { token });
  expect(answer.status).toBe(400);
  expect((answer.body.error.details as { field: string }[]).map((d) => d.field)).toContain(field);
});
