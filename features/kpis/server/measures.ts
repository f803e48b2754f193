import "server-only";
import { Prisma } from "@prisma/client";
import type { MEASURE_TABLES } from "@/features/kpis/contract";
import { DIMENSIONS, type Dimension, type Filters } from "@/features/kpis/contract-shared";
import { kpiMeasures, type KpiDefinition } from "@/features/kpis/registry";

export type { Dimension, Filters };

type Sql = Prisma.Sql;
const sql = Prisma.sql;

/**
 * A dimension of a measure: the column it is read from (usable for a filter and a group-by)
 * or, where the records are related through another table, a condition built from the value.
 */
type DimensionSql = Sql | ((value: string) => Sql);

/**
 * A base aggregate over one kind of record in a period `p` (columns d_from, d_to: dates;
 * ts_from, ts_to: UTC midnights, ts_to exclusive). KPIs are built from these; the same
 * FROM/WHERE lists the rows behind the number, so every value can be checked by hand.
 */
export type Measure = {
  label: string;
  /** The record table the measure reads, where its rows are listed from. */
  source: (typeof MEASURE_TABLES)[number];
  from: Sql;
  where: Sql;
  value: Sql;
  dims: Partial<Record<Dimension, DimensionSql>>;
  columns: Sql;
  orderBy: Sql;
  /** A median of no rows is unknown; counts and sums of no rows are 0. */
  nullWhenEmpty?: boolean;
};

const inPeriod = (column: Sql) => sql`${column} >= p.ts_from AND ${column} < p.ts_to`;

const SPEND_DAYS = sql`(LEAST(s.period_end, p.d_to) - GREATEST(s.period_start, p.d_from) + 1)`;
const SPEND_LENGTH = sql`(s.period_end - s.period_start + 1)`;
const spendBase = {
  source: "spend" as const,
  from: sql`spend s JOIN campaigns c ON c.id = s.campaign_id`,
  where: sql`s.period_start <= p.d_to AND s.period_end >= p.d_from`,
  dims: { channel: sql`c.channel::text`, campaign: sql`s.campaign_id` },
  columns: sql`s.id, s.campaign_id, c.name AS campaign_name, c.channel::text AS channel, s.period_start::text AS period_start,
    s.period_end::text AS period_end, s.amount, ${SPEND_DAYS} AS days_in_period, ${SPEND_LENGTH} AS days_in_row,
    round(s.amount * ${SPEND_DAYS} / ${SPEND_LENGTH}, 6) AS amount_in_period`,
  orderBy: sql`s.period_start, s.id`,
};

const LEAD_COLUMNS = sql`l.id, l.email, l.company, l.created_at, l.source::text AS source, l.campaign_id, l.channel::text AS channel,
  l.score, l.mql_at, l.sql_at, l.disqualified_at, l.owner_id`;
const leadBase = {
  source: "leads" as const,
  from: sql`leads l`,
  dims: { channel: sql`l.channel::text`, campaign: sql`l.campaign_id` },
  columns: LEAD_COLUMNS,
};

const handoffBase = {
  source: "handoffs" as const,
  from: sql`handoffs h`,
  dims: { team: sql`h.team_id` },
  columns: sql`h.id, h.lead_id, h.team_id, h.sent_at, h.accepted_at, h.rejected_at, h.rejection_reason, h.first_follow_up_at,
    round(extract(epoch FROM h.first_follow_up_at - h.sent_at) / 3600, 4) AS hours_to_follow_up`,
  orderBy: sql`h.sent_at, h.id`,
};

// docs/kpis.md: an opportunity's channel is its campaign's, or else its own lead's.
const OPPORTUNITY_CHANNEL = sql`COALESCE(oc.channel::text, ol.channel::text)`;
const opportunityBase = {
  source: "opportunities" as const,
  from: sql`opportunities o LEFT JOIN campaigns oc ON oc.id = o.campaign_id LEFT JOIN leads ol ON ol.id = o.lead_id`,
  dims: { channel: OPPORTUNITY_CHANNEL, campaign: sql`o.campaign_id`, team: sql`o.team_id` },
  columns: sql`o.id, o.lead_id, o.name, o.team_id, o.owner_id, o.source::text AS source, o.campaign_id, ${OPPORTUNITY_CHANNEL} AS channel,
    o.created_at, o.amount, o.stage::text AS stage, o.quoted_at, o.closed_at`,
};

const customerBase = {
  source: "customers" as const,
  from: sql`customers cu`,
  dims: { channel: sql`cu.channel::text`, campaign: sql`cu.campaign_id` },
  columns: sql`cu.id, cu.name, cu.opportunity_id, cu.campaign_id, cu.channel::text AS channel, cu.started_at, cu.churned_at, cu.mrr`,
  orderBy: sql`cu.started_at, cu.id`,
};
// docs/kpis.md: active at the start = started before `from` and not churned before `from`;
// active at the end = started on/before `to` and not churned on/before `to`.
const ACTIVE_AT_START = sql`cu.started_at < p.ts_from AND (cu.churned_at IS NULL OR cu.churned_at >= p.ts_from)`;
const ACTIVE_AT_END = sql`cu.started_at < p.ts_to AND (cu.churned_at IS NULL OR cu.churned_at >= p.ts_to)`;

const trafficBase = {
  source: "traffic" as const,
  from: sql`traffic t`,
  where: sql`t.date BETWEEN p.d_from AND p.d_to`,
  dims: { channel: sql`t.channel::text` },
  columns: sql`t.date::text AS date, t.channel::text AS channel, t.landing_page, t.sessions, t.users, t.pageviews, t.bounces,
    t.total_session_seconds, t.conversions`,
  orderBy: sql`t.date, t.channel, t.landing_page`,
};

const trafficSum = (label: string, column: string) => ({
  ...trafficBase,
  label,
  value: sql`COALESCE(sum(${Prisma.raw(`t.${column}`)}), 0)`,
});

const COUNT = sql`count(*)`;
const OPP_AMOUNT = sql`COALESCE(sum(o.amount), 0)`;
const LEAD_CREATED = inPeriod(sql`l.created_at`);
const OPP_CREATED = inPeriod(sql`o.created_at`);
const OPP_CLOSED = inPeriod(sql`o.closed_at`);
const HANDOFF_SENT = inPeriod(sql`h.sent_at`);

const TABLE = {
  spend: { ...spendBase, label: "Spend in the period, prorated by day", value: sql`COALESCE(sum(s.amount * ${SPEND_DAYS} / ${SPEND_LENGTH}), 0)` },

  leads_created: { ...leadBase, label: "Leads created in the period", where: LEAD_CREATED, value: COUNT, orderBy: sql`l.created_at, l.id` },
  marketing_leads_created: {
    ...leadBase,
    label: "Leads created in the period with source = marketing",
    where: sql`${LEAD_CREATED} AND l.source = 'marketing'`,
    value: COUNT,
    orderBy: sql`l.created_at, l.id`,
  },
  mqls: { ...leadBase, label: "Leads with mql_at in the period", where: inPeriod(sql`l.mql_at`), value: COUNT, orderBy: sql`l.mql_at, l.id` },
  mqls_with_sql: {
    ...leadBase,
    label: "Leads with mql_at in the period and sql_at set",
    where: sql`${inPeriod(sql`l.mql_at`)} AND l.sql_at IS NOT NULL`,
    value: COUNT,
    orderBy: sql`l.mql_at, l.id`,
  },
  sqls: { ...leadBase, label: "Leads with sql_at in the period", where: inPeriod(sql`l.sql_at`), value: COUNT, orderBy: sql`l.sql_at, l.id` },
  leads_closed_won: {
    ...leadBase,
    label: "Leads created in the period that have a won opportunity",
    where: sql`${LEAD_CREATED} AND EXISTS (SELECT 1 FROM opportunities w WHERE w.lead_id = l.id AND w.stage = 'won')`,
    dims: { ...leadBase.dims, team: (team) => sql`EXISTS (SELECT 1 FROM opportunities w WHERE w.lead_id = l.id AND w.stage = 'won' AND w.team_id = ${team})` },
    value: COUNT,
    orderBy: sql`l.created_at, l.id`,
  },

  handoffs_sent: { ...handoffBase, label: "Handoffs sent in the period", where: HANDOFF_SENT, value: COUNT },
  handoffs_accepted: {
    ...handoffBase,
    label: "Handoffs sent in the period and accepted",
    where: sql`${HANDOFF_SENT} AND h.accepted_at IS NOT NULL`,
    value: COUNT,
  },
  handoffs_followed_up: {
    ...handoffBase,
    label: "Handoffs sent in the period and followed up",
    where: sql`${HANDOFF_SENT} AND h.first_follow_up_at IS NOT NULL`,
    value: COUNT,
  },
  median_hours_to_follow_up: {
    ...handoffBase,
    label: "Median hours from sent to first follow-up, over handoffs sent in the period that were followed up",
    where: sql`${HANDOFF_SENT} AND h.first_follow_up_at IS NOT NULL`,
    nullWhenEmpty: true,
    value: sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.first_follow_up_at - h.sent_at) / 3600)`,
  },

  opportunities_created: {
    ...opportunityBase,
    label: "Opportunities created in the period",
    where: OPP_CREATED,
    value: COUNT,
    orderBy: sql`o.created_at, o.id`,
  },
  marketing_opportunities_created: {
    ...opportunityBase,
    label: "Opportunities created in the period with source = marketing",
    where: sql`${OPP_CREATED} AND o.source = 'marketing'`,
    value: COUNT,
    orderBy: sql`o.created_at, o.id`,
  },
  opportunities_created_quoted: {
    ...opportunityBase,
    label: "Opportunities created in the period with quoted_at set",
    where: sql`${OPP_CREATED} AND o.quoted_at IS NOT NULL`,
    value: COUNT,
    orderBy: sql`o.created_at, o.id`,
  },
  pipeline_amount: {
    ...opportunityBase,
    label: "Σ amount of opportunities created in the period",
    where: OPP_CREATED,
    value: OPP_AMOUNT,
    orderBy: sql`o.created_at, o.id`,
  },
  marketing_pipeline_amount: {
    ...opportunityBase,
    label: "Σ amount of opportunities created in the period with source = marketing",
    where: sql`${OPP_CREATED} AND o.source = 'marketing'`,
    value: OPP_AMOUNT,
    orderBy: sql`o.created_at, o.id`,
  },
  opportunities_closed: {
    ...opportunityBase,
    label: "Opportunities with closed_at in the period",
    where: OPP_CLOSED,
    value: COUNT,
    orderBy: sql`o.closed_at, o.id`,
  },
  opportunities_won: {
    ...opportunityBase,
    label: "Opportunities won with closed_at in the period",
    where: sql`${OPP_CLOSED} AND o.stage = 'won'`,
    value: COUNT,
    orderBy: sql`o.closed_at, o.id`,
  },
  revenue: {
    ...opportunityBase,
    label: "Σ amount of opportunities won with closed_at in the period",
    where: sql`${OPP_CLOSED} AND o.stage = 'won'`,
    value: OPP_AMOUNT,
    orderBy: sql`o.closed_at, o.id`,
  },
  marketing_revenue: {
    ...opportunityBase,
    label: "Σ amount of opportunities won with closed_at in the period and source = marketing",
    where: sql`${OPP_CLOSED} AND o.stage = 'won' AND o.source = 'marketing'`,
    value: OPP_AMOUNT,
    orderBy: sql`o.closed_at, o.id`,
  },
  opportunities_quoted: {
    ...opportunityBase,
    label: "Opportunities with quoted_at in the period",
    where: inPeriod(sql`o.quoted_at`),
    value: COUNT,
    orderBy: sql`o.quoted_at, o.id`,
  },
  opportunities_quoted_won: {
    ...opportunityBase,
    label: "Opportunities with quoted_at in the period and stage = won",
    where: sql`${inPeriod(sql`o.quoted_at`)} AND o.stage = 'won'`,
    value: COUNT,
    orderBy: sql`o.quoted_at, o.id`,
  },

  new_customers: { ...customerBase, label: "Customers with started_at in the period", where: inPeriod(sql`cu.started_at`), value: COUNT },
  churned_customers: {
    ...customerBase,
    label: "Customers with churned_at in the period",
    where: inPeriod(sql`cu.churned_at`),
    value: COUNT,
    orderBy: sql`cu.churned_at, cu.id`,
  },
  active_at_start: { ...customerBase, label: "Customers active at the start of the period", where: ACTIVE_AT_START, value: COUNT },
  active_at_end: { ...customerBase, label: "Customers active at the end of the period", where: ACTIVE_AT_END, value: COUNT },
  mrr_at_end: { ...customerBase, label: "Σ mrr of the customers active at the end of the period", where: ACTIVE_AT_END, value: sql`COALESCE(sum(cu.mrr), 0)` },

  sessions: trafficSum("Σ sessions", "sessions"),
  users: trafficSum("Σ users", "users"),
  pageviews: trafficSum("Σ pageviews", "pageviews"),
  bounces: trafficSum("Σ bounces", "bounces"),
  session_seconds: trafficSum("Σ total_session_seconds", "total_session_seconds"),
  conversions: trafficSum("Σ conversions", "conversions"),
} satisfies Record<string, Measure>;

/** A measure's id: the registry's numerators and denominators are checked against this union. */
export type MeasureId = keyof typeof TABLE;
export const MEASURES: Readonly<Record<MeasureId, Measure>> = TABLE;

/** The conditions of the filters a measure carries; filters it does not carry are left alone. */
export function filterSql(measure: Measure, filters: Filters): Sql {
  const conditions: Sql[] = [];
  for (const dimension of DIMENSIONS) {
    const value = filters[dimension];
    const dim = measure.dims[dimension];
    if (value === undefined || !dim) continue;
    conditions.push(typeof dim === "function" ? dim(value) : sql`${dim} = ${value}`);
  }
  return conditions.length ? sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The filters a KPI honours: those carried by at least one of the records it reads. */
export function kpiDimensions(kpi: KpiDefinition): Dimension[] {
  return DIMENSIONS.filter((dimension) => kpiMeasures(kpi).some((id) => MEASURES[id].dims[dimension] !== undefined));
}
