import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { getSetting } from "@/lib/settings";
import { evaluateBy } from "./engine";
import type { Dimension, Filters, MeasureId } from "./measures";
import { addDays, type Interval, type Period } from "@/lib/dates";
import { kpiMeasures, kpiValue, type Values } from "@/features/kpis/registry";
import { kpiOrThrow, present } from "./service";
import { trend, trendBuckets } from "./trends";

const sql = Prisma.sql;

/** KPI values of each key of a breakdown, read through the registry so no formula is restated. */
async function breakdown(period: Period, kpiIds: string[], measureIds: MeasureId[], dimension: Dimension, filters: Filters) {
  const kpis = kpiIds.map(kpiOrThrow);
  const byKey = await evaluateBy(period, [...kpis.flatMap(kpiMeasures), ...measureIds], dimension, filters);
  return (key: string) => {
    const values: Values | undefined = byKey.get(key);
    const result: Record<string, number | null> = {};
    for (const id of measureIds) result[id] = values?.get(id)?.toNumber() ?? 0;
    for (const kpi of kpis) result[kpi.id] = values ? present(kpi, kpiValue(kpi, values)) : null;
    return result;
  };
}

const TEAM_KPIS = ["sal_rate", "followup_rate", "median_hours_to_follow_up", "win_rate", "revenue"];

/**
 * Handoffs sent in the period whose follow-up came later than the SLA allows, or has not come
 * and is already overdue (rejected handoffs need no follow-up), per team.
 */
async function slaBreaches(period: Period, slaHours: number): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ team_id: string; breaches: bigint }[]>(sql`
    SELECT h.team_id, count(*) AS breaches FROM handoffs h
    WHERE h.sent_at >= ${period.from}::date::timestamp AT TIME ZONE 'UTC'
      AND h.sent_at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (h.rejected_at IS NULL OR h.accepted_at IS NOT NULL)
      AND COALESCE(h.first_follow_up_at, now()) > h.sent_at + make_interval(secs => ${slaHours * 3600})
    GROUP BY h.team_id`);
  return new Map(rows.map((row) => [row.team_id, Number(row.breaches)]));
}

/** docs/api.md GET /api/v1/teams: per sales team, handoff and closing KPIs, and SLA breaches. */
export async function teamReport(period: Period) {
  const slaHours = await getSetting("followUpSlaHours");
  const [teams, valuesOf, breaches] = await Promise.all([
    db().team.findMany({ where: { kind: "sales" }, orderBy: { name: "asc" } }),
    breakdown(period, TEAM_KPIS, ["handoffs_sent", "opportunities_closed", "opportunities_won"], "team", {}),
    slaBreaches(period, slaHours),
  ]);
  return {
    from: period.from,
    to: period.to,
    sla_hours: slaHours,
    teams: teams.map((team) => {
      const v = valuesOf(team.id);
      return {
        id: team.id,
        name: team.name,
        handoffs: v.handoffs_sent,
        sal_rate: v.sal_rate,
        followup_rate: v.followup_rate,
        median_hours_to_follow_up: v.median_hours_to_follow_up,
        sla_breaches: breaches.get(team.id) ?? 0,
        opportunities_closed: v.opportunities_closed,
        won: v.opportunities_won,
        win_rate: v.win_rate,
        revenue: v.revenue,
      };
    }),
  };
}

export const TEAM_TREND_METRICS = ["win_rate", "sal_rate", "followup_rate", "median_hours_to_follow_up"] as const;

/** One trend line per sales team for a team KPI: the Teams page's comparison over time. */
export async function teamTrends(metric: (typeof TEAM_TREND_METRICS)[number], period: Period, interval: Interval) {
  const teams = await db().team.findMany({ where: { kind: "sales" }, orderBy: { name: "asc" } });
  const lines = await Promise.all(teams.map((team) => trend(metric, period, interval, { team: team.id })));
  const { label, unit } = kpiOrThrow(metric);
  return {
    metric,
    label,
    unit,
    interval,
    from: period.from,
    to: period.to,
    teams: teams.map((team, t) => ({ id: team.id, name: team.name, points: lines[t].points })),
  };
}

/** Weeks after an MQL at which the cohort table looks how far the MQLs got. */
export const COHORT_WEEKS = [1, 2, 4, 8] as const;

/**
 * MQL-week cohorts: the leads that became MQLs in each ISO week of the period (channel and
 * campaign filters on the lead), and the share that reached SQL and won within 1, 2, 4 and 8
 * weeks of their MQL date (team filter on the winning opportunity). A share is null until every
 * MQL of the week has had that long, so young cohorts are not read as bad ones.
 */
export async function mqlCohorts(period: Period, filters: Filters, now = new Date()) {
  const leadFilters = [
    filters.channel ? sql`AND l.channel::text = ${filters.channel}` : Prisma.empty,
    filters.campaign ? sql`AND l.campaign_id = ${filters.campaign}` : Prisma.empty,
  ];
  const within = (column: string, weeks: number) =>
    sql`count(*) FILTER (WHERE ${Prisma.raw(column)} <= mql_at + make_interval(weeks => ${weeks}))`;
  const columns = COHORT_WEEKS.flatMap((w) => [sql`${within("sql_at", w)} AS ${Prisma.raw(`sql_${w}`)}`, sql`${within("won_at", w)} AS ${Prisma.raw(`won_${w}`)}`]);
  const rows = await db().$queryRaw<Record<string, unknown>[]>(sql`
    WITH mql AS (
      SELECT l.mql_at, l.sql_at,
        date_trunc('week', l.mql_at AT TIME ZONE 'UTC')::date AS week,
        (SELECT min(o.closed_at) FROM opportunities o
          WHERE o.lead_id = l.id AND o.stage = 'won' ${filters.team ? sql`AND o.team_id = ${filters.team}` : Prisma.empty}) AS won_at
      FROM leads l
      WHERE l.mql_at >= ${period.from}::date::timestamp AT TIME ZONE 'UTC'
        AND l.mql_at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC' ${Prisma.join(leadFilters, " ")}
    )
    SELECT week::text AS week, count(*) AS mqls, ${Prisma.join(columns)} FROM mql GROUP BY week ORDER BY week`);
  const byWeek = new Map(rows.map((row) => [row.week as string, row]));
  return {
    from: period.from,
    to: period.to,
    filters,
    weeks: COHORT_WEEKS,
    cohorts: trendBuckets(period, "week").map((bucket) => {
      const monday = addDays(bucket.to, -((new Date(`${bucket.to}T00:00:00Z`).getUTCDay() + 6) % 7));
      const row = byWeek.get(monday);
      const mqls = row ? Number(row.mqls) : 0;
      // The last MQL of the week (or of the period) has had `w` weeks once this instant has passed.
      const lastMql = Date.parse(`${addDays(bucket.to, 1)}T00:00:00Z`);
      const share = (key: string, w: number) => (mqls === 0 || lastMql + w * 7 * 86_400_000 > now.getTime() ? null : Number(row![key]) / mqls);
      return {
        start: bucket.from,
        end: bucket.to,
        mqls,
        sql: COHORT_WEEKS.map((w) => ({ weeks: w, share: share(`sql_${w}`, w) })),
        won: COHORT_WEEKS.map((w) => ({ weeks: w, share: share(`won_${w}`, w) })),
      };
    }),
  };
}

const CAMPAIGN_KPIS = ["spend", "leads", "mqls", "marketing_revenue", "cpl", "cost_per_opportunity", "roas", "arpa"];

/** docs/api.md GET /api/v1/campaigns: per campaign (or per channel), spend against results. */
export async function campaignReport(period: Period, filters: Filters, by: "campaign" | "channel") {
  const valuesOf = await breakdown(period, CAMPAIGN_KPIS, ["opportunities_created", "opportunities_won"], by, filters);
  const rows =
    by === "campaign"
      ? await db().campaign.findMany({ where: filters.channel ? { channel: filters.channel as never } : {}, orderBy: { name: "asc" } })
      : (await db().$queryRaw<{ channel: string }[]>(sql`SELECT unnest(enum_range(NULL::"Channel"))::text AS channel`))
          .filter((row) => !filters.channel || row.channel === filters.channel)
          .map((row) => ({ id: row.channel, name: row.channel, channel: row.channel }));
  return {
    from: period.from,
    to: period.to,
    by,
    filters,
    campaigns: rows.map((row) => {
      const v = valuesOf(row.id);
      return {
        id: row.id,
        name: row.name,
        channel: row.channel,
        spend: v.spend,
        leads: v.leads,
        mqls: v.mqls,
        opportunities: v.opportunities_created,
        won: v.opportunities_won,
        marketing_revenue: v.marketing_revenue,
        cpl: v.cpl,
        cost_per_opportunity: v.cost_per_opportunity,
        roas: v.roas,
        arpa: v.arpa,
      };
    }),
  };
}

export const FUNNEL_STAGES = [
  { id: "leads", label: "Leads" },
  { id: "mqls", label: "MQLs" },
  { id: "sals", label: "SALs (handoff accepted)" },
  { id: "sqls", label: "SQLs" },
  { id: "opportunities", label: "Opportunities" },
  { id: "quoted", label: "Quoted" },
  { id: "won", label: "Won" },
] as const;

/**
 * docs/api.md GET /api/v1/funnel: the leads created in the period (filtered by their channel and
 * campaign) and how far they got. Handoffs and opportunities honour the team filter. Opportunity
 * stages count leads and sum the amounts of their opportunities at that stage.
 */
export async function funnel(period: Period, filters: Filters) {
  const leadFilters = [
    filters.channel ? sql`AND l.channel::text = ${filters.channel}` : Prisma.empty,
    filters.campaign ? sql`AND l.campaign_id = ${filters.campaign}` : Prisma.empty,
  ];
  const team = (alias: string) => (filters.team ? sql`AND ${Prisma.raw(alias)}.team_id = ${filters.team}` : Prisma.empty);
  const [row] = await db().$queryRaw<Record<string, unknown>[]>(sql`
    WITH cohort AS (
      SELECT l.id, l.mql_at, l.sql_at FROM leads l
      WHERE l.created_at >= ${period.from}::date::timestamp AT TIME ZONE 'UTC'
        AND l.created_at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC' ${Prisma.join(leadFilters, " ")}
    ),
    opps AS (
      SELECT o.lead_id, o.amount, o.quoted_at, o.stage FROM opportunities o JOIN cohort ON cohort.id = o.lead_id WHERE true ${team("o")}
    )
    SELECT
      (SELECT count(*) FROM cohort) AS leads,
      (SELECT count(*) FROM cohort WHERE mql_at IS NOT NULL) AS mqls,
      (SELECT count(*) FROM cohort WHERE EXISTS (SELECT 1 FROM handoffs h WHERE h.lead_id = cohort.id AND h.accepted_at IS NOT NULL ${team("h")})) AS sals,
      (SELECT count(*) FROM cohort WHERE sql_at IS NOT NULL) AS sqls,
      (SELECT count(DISTINCT lead_id) FROM opps) AS opportunities,
      (SELECT COALESCE(sum(amount), 0) FROM opps) AS opportunities_amount,
      (SELECT count(DISTINCT lead_id) FROM opps WHERE quoted_at IS NOT NULL) AS quoted,
      (SELECT COALESCE(sum(amount), 0) FROM opps WHERE quoted_at IS NOT NULL) AS quoted_amount,
      (SELECT count(DISTINCT lead_id) FROM opps WHERE stage = 'won') AS won,
      (SELECT COALESCE(sum(amount), 0) FROM opps WHERE stage = 'won') AS won_amount`);
  let previous: number | null = null;
  return {
    from: period.from,
    to: period.to,
    filters,
    stages: FUNNEL_STAGES.map((stage) => {
      const count = Number(row[stage.id]);
      const amountKey = `${stage.id}_amount`;
      const conversionFromPrevious = previous === null ? null : previous === 0 ? null : count / previous;
      const dropOff = previous === null || previous === 0 ? null : previous - count;
      previous = count;
      return {
        id: stage.id,
        label: stage.label,
        count,
        conversionFromPrevious,
        dropOff,
        amount: amountKey in row ? new Prisma.Decimal(String(row[amountKey])).toDecimalPlaces(2).toNumber() : null,
      };
    }),
  };
}

/** Traffic per landing page with its conversion rate (docs/kpis.md: visit_to_lead_rate per page). */
export async function landingPages(period: Period, filters: Filters) {
  const rows = await db().$queryRaw<{ landing_page: string; sessions: bigint; users: bigint; bounces: bigint; conversions: bigint }[]>(sql`
    SELECT t.landing_page, sum(t.sessions) AS sessions, sum(t.users) AS users, sum(t.bounces) AS bounces, sum(t.conversions) AS conversions
    FROM traffic t
    WHERE t.date BETWEEN ${period.from}::date AND ${period.to}::date ${filters.channel ? sql`AND t.channel::text = ${filters.channel}` : Prisma.empty}
    GROUP BY t.landing_page ORDER BY sum(t.sessions) DESC`);
  return {
    from: period.from,
    to: period.to,
    pages: rows.map((r) => {
      const sessions = Number(r.sessions);
      return {
        landing_page: r.landing_page,
        sessions,
        users: Number(r.users),
        bounce_rate: sessions ? Number(r.bounces) / sessions : null,
        conversions: Number(r.conversions),
        conversion_rate: sessions ? Number(r.conversions) / sessions : null,
      };
    }),
  };
}
