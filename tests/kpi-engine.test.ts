import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import type { KpiResult } from "@/features/kpis/contract";
import { getCampaignReport } from "@/features/campaigns/server/get-campaign-report";
import { getFunnel } from "@/features/funnel/server/get-funnel";
import { getTeamReport } from "@/features/teams/server/get-team-report";
import { KPI_IDS, type KpiId } from "@/features/kpis/registry";
import { computeKpis, kpiRows } from "@/features/kpis/server/service";
import { trend } from "@/features/kpis/server/trends";
import { loadFixture } from "./fixture";
import { resetDatabase } from "./helpers";

const OCT = { from: "2026-10-01", to: "2026-10-31" };

// Every expected value below is worked out by hand from tests/fixture.ts; the comments name
// the rows that make it up.
const SPEND_OCT = 1500 + 620 + 100 / 3; // s1: 3000 × 15/30; s2: all 620; s4: 100 × 1/3
const CAC_OCT = SPEND_OCT / 2; // 2 new customers: CU1, CU6
const LTV_OCT = (287.5 * 12) / ((1 / 3) * (365 / 31)); // arpa 287.5 (CU1, CU3, CU4, CU6), churn 1/3

const EXPECTED_OCT: Record<string, number | null> = {
  spend: 2153.33,
  leads: 5, // L1, L2 (23:59:59), L5, L6, L7
  mqls: 4, // L1, L2 (23:59:59), L3 (00:00:00), L6
  sqls: 3, // L1, L3, L5
  cpl: 717.78, // 2153.333 ÷ 3 marketing leads (L1, L2, L6)
  cost_per_opportunity: 1076.67, // ÷ 2 marketing opportunities created (O1, O2)
  mql_to_sql_rate: 0.5, // L1, L3 of 4
  visitors_per_mql: 31.25, // 125 users ÷ 4
  sal_rate: 0.5, // H1, H3 of H1–H4
  followup_rate: 0.75, // H1, H3, H4
  median_hours_to_follow_up: 10, // 4, 24, 10
  marketing_pipeline_contribution: 15000.5 / 25000.5,
  pipeline_value: 25000.5, // O1, O2, O3, O5
  win_rate: 2 / 3, // O1 won, O4 won (00:00:00), O2 lost (23:59:59)
  opportunity_to_quote_rate: 0.75, // O1, O2, O5 of 4
  quote_to_win_rate: 2 / 3, // O1, O5 won of O1, O2, O5
  lead_to_close_rate: 0.4, // L1 (O1), L2 (O4) of 5
  revenue: 13000, // O1 10000 + O4 3000
  revenue_growth_rate: null, // September had no revenue
  avg_deal_size: 6500,
  new_customers: 2,
  cac: 1076.67,
  marketing_revenue: 13000,
  marketing_roi: (13000 - SPEND_OCT) / SPEND_OCT,
  roas: 13000 / SPEND_OCT,
  churn_rate: 1 / 3, // CU2 churned on Oct 1 of CU2, CU3, CU4 active at the start
  retention_rate: 2 / 3,
  arpa: 287.5, // (250 + 300 + 200 + 400) ÷ 4
  ltv: 879.04,
  ltv_to_cac: LTV_OCT / CAC_OCT,
  sessions: 150,
  users: 125,
  pageviews: 350,
  pages_per_session: 350 / 150,
  avg_session_seconds: 100,
  bounce_rate: 65 / 150,
  visit_to_lead_rate: 7 / 150,
};

/** The result of KPI `id`; fails the test when the results lack it. */
function resultOf(kpis: KpiResult[], id: string): KpiResult {
  const result = kpis.find((k) => k.id === id);
  if (!result) throw new Error(`KPI ${id} is missing from the results`);
  return result;
}

/** The results by KPI id; every KPI of the registry must be among them. */
function byId(kpis: KpiResult[]): Record<KpiId, KpiResult> {
  return Object.fromEntries(KPI_IDS.map((id) => [id, resultOf(kpis, id)])) as Record<KpiId, KpiResult>;
}

function expectValues(kpis: KpiResult[], expected: Record<string, number | null>) {
  for (const [id, value] of Object.entries(expected)) {
    const found = resultOf(kpis, id);
    if (value === null) expect(found.value, id).toBeNull();
    else expect(found.value, id).toBeCloseTo(value, 9);
  }
}

beforeAll(async () => {
  await resetDatabase();
  await loadFixture();
});

afterAll(resetDatabase);

describe("GET /api/v1/kpis values", () => {
  test("every KPI of docs/kpis.md for October matches the hand-worked value", async () => {
    const kpis = await computeKpis(OCT, {}, false);
    expect(kpis.map((k) => k.id).sort()).toEqual(Object.keys(EXPECTED_OCT).sort());
    expect(KPI_IDS).toHaveLength(37);
    expectValues(kpis, EXPECTED_OCT);
  });

  test("money is rounded to the cent, ratios are not", async () => {
    const kpis = byId(await computeKpis(OCT, {}, false));
    expect(kpis.spend.value).toBe(2153.33);
    expect(kpis.cpl.value).toBe(717.78);
    expect(kpis.ltv.value).toBe(879.04);
    expect(kpis.roas.value).toBe(39000 / 6460);
  });

  test("health follows the default thresholds and polarity", async () => {
    const kpis = byId(await computeKpis(OCT, {}, false));
    expect(kpis.churn_rate.status).toBe("bad"); // 1/3 × 365/31 ≈ 3.9 a year
    expect(kpis.ltv_to_cac.status).toBe("bad"); // 0.82 < 1
    expect(kpis.bounce_rate.status).toBe("warn"); // 43 %
    expect(kpis.leads.status).toBeNull();
  });

  test("compare=previous gives the previous 31 days and the deltas", async () => {
    const kpis = byId(await computeKpis(OCT, {}, true));
    expect(kpis.spend.previous).toBe(1500); // s1: Sep 16–30 of Sep 16 – Oct 15
    expect(kpis.spend.delta).toBeCloseTo((2153.33 - 1500) / 1500, 12);
    expect(kpis.leads.previous).toBe(1); // L3 at Sep 30 23:59:59
    expect(kpis.leads.delta).toBe(4);
    expect(kpis.mql_to_sql_rate.previous).toBeNull(); // no MQL in September
    expect(kpis.mql_to_sql_rate.delta).toBeNull();
    expect(kpis.revenue.previous).toBe(0);
    expect(kpis.revenue.delta).toBeNull();
    expect(kpis.bounce_rate.previous).toBeCloseTo(500 / 999, 12);
    expect(kpis.bounce_rate.deltaPoints).toBeCloseTo((65 / 150 - 500 / 999) * 100, 9);
  });

  test("revenue growth reads the period before", async () => {
    const kpis = byId(await computeKpis({ from: "2026-10-21", to: "2026-11-20" }, {}, true));
    // 21 Oct – 20 Nov: O5 2000 (Nov 1); the 31 days before: O1 10000, O4 3000, O2 lost.
    expect(kpis.revenue.value).toBe(2000);
    expect(kpis.revenue.previous).toBe(13000);
    expect(kpis.revenue_growth_rate.value).toBeCloseTo((2000 - 13000) / 13000, 12);
    expect(kpis.revenue_growth_rate.previous).toBeNull(); // nothing won in the 31 days before that
  });

  test("a channel filter applies to the records that carry a channel", async () => {
    const kpis = await computeKpis(OCT, { channel: "paid_search" }, false);
    expectValues(kpis, {
      spend: 1500,
      leads: 1,
      cpl: 1500,
      mqls: 2,
      mql_to_sql_rate: 1,
      pipeline_value: 15000.5,
      win_rate: 0.5,
      revenue: 10000,
      new_customers: 1,
      churn_rate: 0.5,
      sessions: 100,
      sal_rate: 0.5, // handoffs carry no channel
    });
    const found = byId(kpis);
    expect(found.sal_rate.filtersApplied).toEqual([]);
    expect(found.cpl.filtersApplied).toEqual(["channel"]);
  });

  test("an opportunity without a campaign takes its lead's channel", async () => {
    const kpis = await computeKpis(OCT, { channel: "outbound" }, false);
    expectValues(kpis, { pipeline_value: 8000, leads: 1, spend: 0, cpl: null });
  });

  test("a team filter applies to handoffs and opportunities only", async () => {
    const kpis = await computeKpis(OCT, { team: "t1" }, false);
    expectValues(kpis, {
      sal_rate: 1,
      followup_rate: 1,
      median_hours_to_follow_up: 14,
      win_rate: 1,
      revenue: 10000,
      pipeline_value: 20000,
      lead_to_close_rate: 0.2,
      leads: 5,
    });
    const found = byId(kpis);
    expect(found.leads.filtersApplied).toEqual([]);
    expect(found.lead_to_close_rate.filtersApplied).toEqual(["team"]);
  });

  test("a campaign filter", async () => {
    const kpis = await computeKpis(OCT, { campaign: "c2" }, false);
    expectValues(kpis, { spend: 653.33, leads: 1, mqls: 1, revenue: 3000, new_customers: 1, arpa: 250 });
  });

  test("an empty period gives zero counts and null ratios", async () => {
    const kpis = await computeKpis({ from: "2025-01-01", to: "2025-01-31" }, {}, false);
    expectValues(kpis, {
      spend: 0,
      leads: 0,
      revenue: 0,
      sessions: 0,
      cpl: null,
      sal_rate: null,
      median_hours_to_follow_up: null,
      churn_rate: null,
      retention_rate: null,
      ltv: null,
      arpa: null,
      bounce_rate: null,
      win_rate: null,
    });
    expect(byId(kpis).bounce_rate.status).toBeNull();
  });

  test("a single day at the period's edge counts its 00:00:00 and 23:59:59", async () => {
    const kpis = byId(await computeKpis({ from: "2026-10-31", to: "2026-10-31" }, {}, false));
    expect(kpis.leads.value).toBe(1); // L2 at 23:59:59
    expect(kpis.spend.value).toBe(20 + 33.33); // s2 620 ÷ 31 + s4 100 ÷ 3
  });

  test("a target set for the period decides the status", async () => {
    await db().target.createMany({
      data: [
        { kpiId: "leads", periodStart: new Date("2026-10-01T00:00:00Z"), periodEnd: new Date("2026-10-31T00:00:00Z"), value: 10 },
        { kpiId: "cpl", periodStart: new Date("2026-01-01T00:00:00Z"), periodEnd: new Date("2026-12-31T00:00:00Z"), value: 700 },
        { kpiId: "sal_rate", periodStart: new Date("2026-10-01T00:00:00Z"), periodEnd: new Date("2026-10-31T00:00:00Z"), value: 0.9, teamId: "t1" },
      ],
    });
    const kpis = byId(await computeKpis(OCT, {}, false));
    expect(kpis.leads).toMatchObject({ target: 10, status: "bad" }); // 5 < 9
    expect(kpis.cpl).toMatchObject({ target: 700, status: "warn" }); // 717.78 within 10 % above
    expect(kpis.sal_rate.target).toBeNull(); // the team's target needs the team filter
    const t1 = byId(await computeKpis(OCT, { team: "t1" }, false));
    expect(t1.sal_rate).toMatchObject({ target: 0.9, status: "good" });
    await db().target.deleteMany();
  });
});

describe("rows behind a KPI", () => {
  test("cpl's numerator is the prorated spend rows, its denominator the marketing leads", async () => {
    const spend = await kpiRows("cpl", OCT, {}, "numerator", 1, 50);
    expect(spend.total).toBe(3);
    expect(spend.rows.map((r) => [r.id, r.amount_in_period])).toEqual([
      ["s1", 1500],
      ["s2", 620],
      ["s4", 33.333333],
    ]);
    expect(spend.kpi.formula).toContain("spend ÷ leads");
    const leads = await kpiRows("cpl", OCT, {}, "denominator", 1, 50);
    expect(leads.rows.map((r) => r.id)).toEqual(["L1", "L6", "L2"]);
  });

  test("rows page", async () => {
    const page2 = await kpiRows("leads", OCT, {}, undefined, 2, 2);
    expect(page2.total).toBe(5);
    expect(page2.rows.map((r) => r.id)).toEqual(["L5", "L6"]);
  });

  test("rows honour the filters", async () => {
    const rows = await kpiRows("win_rate", OCT, { team: "t2" }, "denominator", 1, 50);
    expect(rows.rows.map((r) => r.id)).toEqual(["O4", "O2"]);
    expect(rows.filtersApplied).toEqual(["team"]);
  });
});

describe("trends", () => {
  test("ISO weeks clipped to the period, empty buckets present", async () => {
    const leads = await trend("leads", OCT, "week", {});
    expect(leads.points).toEqual([
      { start: "2026-10-01", end: "2026-10-04", value: 1 },
      { start: "2026-10-05", end: "2026-10-11", value: 1 },
      { start: "2026-10-12", end: "2026-10-18", value: 1 },
      { start: "2026-10-19", end: "2026-10-25", value: 1 },
      { start: "2026-10-26", end: "2026-10-31", value: 1 },
    ]);
    const rate = await trend("mql_to_sql_rate", OCT, "week", {});
    expect(rate.points.map((p) => p.value)).toEqual([1, null, null, 0, 0]);
  });

  test("months prorate spend", async () => {
    const spend = await trend("spend", { from: "2026-09-15", to: "2026-10-31" }, "month", {});
    expect(spend.points).toEqual([
      { start: "2026-09-15", end: "2026-09-30", value: 1500 },
      { start: "2026-10-01", end: "2026-10-31", value: 2153.33 },
    ]);
  });
});

describe("funnel", () => {
  test("the October cohort", async () => {
    const { stages } = await getFunnel(OCT, {});
    expect(stages.map((s) => [s.id, s.count, s.amount])).toEqual([
      ["leads", 5, null],
      ["mqls", 3, null],
      ["sals", 1, null],
      ["sqls", 2, null],
      ["opportunities", 3, 21000],
      ["quoted", 2, 13000],
      ["won", 2, 13000],
    ]);
    expect(stages.map((s) => s.conversionFromPrevious)).toEqual([null, 3 / 5, 1 / 3, 2, 3 / 2, 2 / 3, 1]);
  });

  test("a team filter narrows handoffs and opportunities", async () => {
    const { stages } = await getFunnel(OCT, { team: "t1" });
    expect(stages.map((s) => s.count)).toEqual([5, 3, 1, 2, 2, 1, 1]);
    expect(stages.find((s) => s.id === "opportunities")?.amount).toBe(18000);
  });
});

describe("teams and campaigns", () => {
  test("per sales team", async () => {
    const { teams } = await getTeamReport(OCT);
    expect(teams).toEqual([
      // SLA 24 h: H1 followed up in 4 h, H3 in exactly 24 h (in time); H2 never (breach), H4 in 10 h.
      {
        id: "t1",
        name: "Alpha",
        handoffs: 2,
        sal_rate: 1,
        followup_rate: 1,
        median_hours_to_follow_up: 14,
        sla_breaches: 0,
        opportunities_closed: 1,
        won: 1,
        win_rate: 1,
        revenue: 10000,
      },
      {
        id: "t2",
        name: "Beta",
        handoffs: 2,
        sal_rate: 0,
        followup_rate: 0.5,
        median_hours_to_follow_up: 10,
        sla_breaches: 1,
        opportunities_closed: 2,
        won: 1,
        win_rate: 0.5,
        revenue: 3000,
      },
    ]);
  });

  test("per campaign", async () => {
    const { campaigns } = await getCampaignReport(OCT, {}, "campaign");
    const c1 = campaigns.find((c) => c.id === "c1")!;
    const c2 = campaigns.find((c) => c.id === "c2")!;
    expect(c1).toMatchObject({
      spend: 1500,
      leads: 1,
      mqls: 2,
      opportunities: 2,
      won: 1,
      marketing_revenue: 10000,
      cpl: 1500,
      cost_per_opportunity: 750,
      arpa: 350,
    });
    expect(c1.roas).toBeCloseTo(10000 / 1500, 12);
    expect(c2).toMatchObject({
      spend: 653.33,
      leads: 1,
      mqls: 1,
      opportunities: 0,
      won: 1,
      marketing_revenue: 3000,
      cpl: 653.33,
      cost_per_opportunity: null,
      arpa: 250,
    });
  });

  test("per channel", async () => {
    const { campaigns } = await getCampaignReport(OCT, {}, "channel");
    expect(campaigns.find((c) => c.id === "outbound")).toMatchObject({ leads: 1, spend: 0, opportunities: 1 });
  });
});
