import { Prisma } from "@prisma/client";
import type { Group } from "./groups";
import type { MeasureId } from "./server/measures";

type Decimal = Prisma.Decimal;
const D = (value: number) => new Prisma.Decimal(value);

export const UNITS = ["currency", "count", "ratio", "hours", "seconds"] as const;
/** How the UI shows a value: ratios as percent, roas and ltv/cac as multiples. */
export const DISPLAYS = ["currency", "count", "percent", "multiple", "number", "hours", "duration"] as const;
export const OWNERS = ["marketing", "sales", "shared"] as const;
export const POLARITIES = ["higher", "lower"] as const;
export type Unit = (typeof UNITS)[number];
export type Owner = (typeof OWNERS)[number];
export type Polarity = (typeof POLARITIES)[number];

/** Measure values of one period; `previous` holds those of the period before, when needed. */
export type Values = {
  get: (id: MeasureId) => Decimal | null;
  days: number;
  previous?: Values;
};

export type Thresholds = {
  good: number;
  bad: number;
  /** Judge churn per year, as ltv does (docs/kpis.md "Health thresholds"). */
  annualised?: boolean;
  /** Good only strictly beyond the threshold (bounce rate < 40 %). */
  strictGood?: boolean;
};

/**
 * A KPI as the registry states it. Its measures are MeasureIds, so a misspelt numerator or
 * denominator does not compile (features/kpis/registry.test.ts).
 */
type KpiSpec = {
  id: string;
  label: string;
  unit: Unit;
  display: (typeof DISPLAYS)[number];
  owner: Owner;
  group: Group;
  leading: boolean;
  polarity: Polarity;
  formula: string;
  description: string;
  thresholds?: Thresholds;
  numerator: MeasureId;
  denominator?: MeasureId;
  /** Further measures the value reads besides numerator and denominator. */
  inputs?: readonly MeasureId[];
  /** Needs the measures of the previous period (revenue growth). */
  usesPrevious?: boolean;
  compute?: (values: Values) => Decimal | null;
};

/** a ÷ b, null when either is null or b is 0 (docs/kpis.md: never 0, never Infinity). */
export function divide(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (a === null || b === null || b.isZero()) return null;
  return a.div(b);
}

const churnRate = (v: Values) => divide(v.get("churned_customers"), v.get("active_at_start"));
const arpa = (v: Values) => divide(v.get("mrr_at_end"), v.get("active_at_end"));
const cac = (v: Values) => divide(v.get("spend"), v.get("new_customers"));

/** docs/kpis.md: annual_churn = churn_rate × 365 ÷ days in the period. */
export function annualChurn(v: Values): Decimal | null {
  const churn = churnRate(v);
  return churn === null ? null : churn.mul(365).div(v.days);
}

function ltv(v: Values): Decimal | null {
  const a = arpa(v);
  const annual = annualChurn(v);
  if (a === null || annual === null || annual.isZero()) return null;
  return a.mul(12).div(annual);
}

const revenueGrowth = (v: Values) => {
  const previous = v.previous?.get("revenue") ?? null;
  const current = v.get("revenue");
  return current === null ? null : divide(current.sub(previous ?? D(0)), previous);
};

const rate = (numerator: MeasureId, denominator: MeasureId) => ({ numerator, denominator, unit: "ratio" as const, display: "percent" as const });

const LIST = [
  // Marketing and acquisition
  {
    id: "spend",
    label: "Marketing spend",
    unit: "currency",
    display: "currency",
    owner: "marketing",
    group: "marketing",
    leading: false,
    polarity: "lower",
    numerator: "spend",
    formula: "Σ amount × overlapping days ÷ days of the spend row",
    description: "Spend overlapping the period, prorated by day.",
  },
  {
    id: "leads",
    label: "Leads",
    unit: "count",
    display: "count",
    owner: "marketing",
    group: "marketing",
    leading: true,
    polarity: "higher",
    numerator: "leads_created",
    formula: "count of leads with created_at in the period",
    description: "New leads of every source.",
  },
  {
    id: "mqls",
    label: "MQLs",
    unit: "count",
    display: "count",
    owner: "marketing",
    group: "marketing",
    leading: true,
    polarity: "higher",
    numerator: "mqls",
    formula: "count of leads with mql_at in the period",
    description: "Marketing-qualified leads.",
  },
  {
    id: "sqls",
    label: "SQLs",
    unit: "count",
    display: "count",
    owner: "shared",
    group: "marketing",
    leading: true,
    polarity: "higher",
    numerator: "sqls",
    formula: "count of leads with sql_at in the period",
    description: "Sales-qualified leads.",
  },
  {
    id: "cpl",
    label: "Cost per lead",
    unit: "currency",
    display: "currency",
    owner: "marketing",
    group: "marketing",
    leading: false,
    polarity: "lower",
    numerator: "spend",
    denominator: "marketing_leads_created",
    formula: "spend ÷ leads created in the period with source = marketing",
    description: "What one marketing lead costs.",
  },
  {
    id: "cost_per_opportunity",
    label: "Cost per opportunity",
    unit: "currency",
    display: "currency",
    owner: "marketing",
    group: "marketing",
    leading: false,
    polarity: "lower",
    numerator: "spend",
    denominator: "marketing_opportunities_created",
    formula: "spend ÷ opportunities created in the period with source = marketing",
    description: "What one marketing-sourced opportunity costs.",
  },
  {
    id: "mql_to_sql_rate",
    label: "MQL → SQL rate",
    ...rate("mqls_with_sql", "mqls"),
    owner: "shared",
    group: "marketing",
    leading: false,
    polarity: "higher",
    formula: "leads with mql_at in the period and sql_at set ÷ leads with mql_at in the period",
    description: "Share of MQLs that became SQLs.",
  },
  {
    id: "visitors_per_mql",
    label: "Visitors per MQL",
    unit: "ratio",
    display: "number",
    owner: "marketing",
    group: "marketing",
    leading: false,
    polarity: "lower",
    numerator: "users",
    denominator: "mqls",
    formula: "Σ traffic users ÷ mqls",
    description: "Website users it takes to produce one MQL.",
  },

  // Handoff and alignment
  {
    id: "sal_rate",
    label: "SAL rate",
    ...rate("handoffs_accepted", "handoffs_sent"),
    owner: "shared",
    group: "alignment",
    leading: true,
    polarity: "higher",
    formula: "handoffs sent in the period with accepted_at set ÷ handoffs sent in the period",
    description: "Share of handed-off leads that sales accepted.",
  },
  {
    id: "followup_rate",
    label: "Follow-up rate",
    ...rate("handoffs_followed_up", "handoffs_sent"),
    owner: "sales",
    group: "alignment",
    leading: true,
    polarity: "higher",
    formula: "handoffs sent in the period with first_follow_up_at set ÷ handoffs sent in the period",
    description: "Share of handed-off leads that sales followed up.",
  },
  {
    id: "median_hours_to_follow_up",
    label: "Median hours to follow up",
    unit: "hours",
    display: "hours",
    owner: "sales",
    group: "alignment",
    leading: true,
    polarity: "lower",
    numerator: "median_hours_to_follow_up",
    formula: "median of (first_follow_up_at − sent_at) in hours over handoffs sent in the period that have a follow-up",
    description: "How fast sales reaches a handed-off lead.",
  },
  {
    id: "marketing_pipeline_contribution",
    label: "Marketing pipeline contribution",
    ...rate("marketing_pipeline_amount", "pipeline_amount"),
    owner: "shared",
    group: "alignment",
    leading: false,
    polarity: "higher",
    formula: "Σ amount of opportunities created in the period with source = marketing ÷ Σ amount of all opportunities created in the period",
    description: "Share of new pipeline that marketing sourced.",
  },
  {
    id: "pipeline_value",
    label: "Pipeline value",
    unit: "currency",
    display: "currency",
    owner: "shared",
    group: "alignment",
    leading: true,
    polarity: "higher",
    numerator: "pipeline_amount",
    formula: "Σ amount of opportunities created in the period",
    description: "New pipeline created.",
  },

  // Sales
  {
    id: "win_rate",
    label: "Win rate",
    ...rate("opportunities_won", "opportunities_closed"),
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    formula: "opportunities with closed_at in the period and stage = won ÷ opportunities with closed_at in the period",
    description: "Opportunity-to-win ratio.",
  },
  {
    id: "opportunity_to_quote_rate",
    label: "Opportunity → quote rate",
    ...rate("opportunities_created_quoted", "opportunities_created"),
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    formula: "opportunities created in the period with quoted_at set ÷ opportunities created in the period",
    description: "Share of new opportunities that got a quote.",
  },
  {
    id: "quote_to_win_rate",
    label: "Quote → win rate",
    ...rate("opportunities_quoted_won", "opportunities_quoted"),
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    formula: "opportunities with quoted_at in the period and stage = won ÷ opportunities with quoted_at in the period",
    description: "Share of quotes that were won.",
  },
  {
    id: "lead_to_close_rate",
    label: "Lead → close rate",
    ...rate("leads_closed_won", "leads_created"),
    owner: "shared",
    group: "sales",
    leading: false,
    polarity: "higher",
    formula: "leads created in the period that have a won opportunity ÷ leads created in the period",
    description: "Share of new leads that became a win.",
  },
  {
    id: "revenue",
    label: "Revenue",
    unit: "currency",
    display: "currency",
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    numerator: "revenue",
    formula: "Σ amount of opportunities with stage = won and closed_at in the period",
    description: "Closed-won revenue.",
  },
  {
    id: "revenue_growth_rate",
    label: "Revenue growth",
    unit: "ratio",
    display: "percent",
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    numerator: "revenue",
    usesPrevious: true,
    formula: "(revenue − revenue of the previous period) ÷ revenue of the previous period",
    description: "Revenue against the period before.",
    compute: revenueGrowth,
  },
  {
    id: "avg_deal_size",
    label: "Average deal size",
    unit: "currency",
    display: "currency",
    owner: "sales",
    group: "sales",
    leading: false,
    polarity: "higher",
    numerator: "revenue",
    denominator: "opportunities_won",
    formula: "revenue ÷ number of opportunities won in the period",
    description: "Mean amount of a won opportunity.",
  },

  // Customers and unit economics
  {
    id: "new_customers",
    label: "New customers",
    unit: "count",
    display: "count",
    owner: "sales",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "new_customers",
    formula: "count of customers with started_at in the period",
    description: "Customers who started.",
  },
  {
    id: "cac",
    label: "CAC",
    unit: "currency",
    display: "currency",
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "lower",
    numerator: "spend",
    denominator: "new_customers",
    formula: "spend ÷ new_customers",
    description: "Customer acquisition cost.",
  },
  {
    id: "marketing_revenue",
    label: "Marketing revenue",
    unit: "currency",
    display: "currency",
    owner: "marketing",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "marketing_revenue",
    formula: "Σ amount of won opportunities closed in the period with source = marketing",
    description: "Revenue from marketing-sourced deals.",
  },
  {
    id: "marketing_roi",
    label: "Marketing ROI",
    unit: "ratio",
    display: "percent",
    owner: "marketing",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "marketing_revenue",
    denominator: "spend",
    formula: "(marketing_revenue − spend) ÷ spend",
    description: "Return on marketing spend.",
    compute: (v) => {
      const revenue = v.get("marketing_revenue");
      return revenue === null ? null : divide(revenue.sub(v.get("spend") ?? D(0)), v.get("spend"));
    },
  },
  {
    id: "roas",
    label: "ROAS",
    unit: "ratio",
    display: "multiple",
    owner: "marketing",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "marketing_revenue",
    denominator: "spend",
    formula: "marketing_revenue ÷ spend (5 means 5:1)",
    description: "Return on ad spend.",
  },
  {
    id: "churn_rate",
    label: "Churn rate",
    ...rate("churned_customers", "active_at_start"),
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "lower",
    thresholds: { good: 0.05, bad: 0.1, annualised: true },
    formula: "customers with churned_at in the period ÷ customers active at the start of the period",
    description: "Share of customers lost; judged annualised (≤ 5 % good, > 10 % bad).",
  },
  {
    id: "retention_rate",
    label: "Retention rate",
    ...rate("churned_customers", "active_at_start"),
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    formula: "1 − churn_rate",
    description: "Share of customers kept.",
    compute: (v) => churnRate(v)?.neg().add(1) ?? null,
  },
  {
    id: "arpa",
    label: "ARPA",
    unit: "currency",
    display: "currency",
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "mrr_at_end",
    denominator: "active_at_end",
    formula: "mean mrr of the customers active at the end of the period",
    description: "Average revenue (MRR) per account.",
  },
  {
    id: "ltv",
    label: "LTV",
    unit: "currency",
    display: "currency",
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "mrr_at_end",
    denominator: "active_at_end",
    inputs: ["churned_customers", "active_at_start"],
    formula: "arpa × 12 ÷ annual_churn, annual_churn = churn_rate × 365 ÷ days in the period; null when churn is 0",
    description: "Lifetime value of a customer.",
    compute: ltv,
  },
  {
    id: "ltv_to_cac",
    label: "LTV / CAC",
    unit: "ratio",
    display: "multiple",
    owner: "shared",
    group: "unit_economics",
    leading: false,
    polarity: "higher",
    numerator: "mrr_at_end",
    denominator: "spend",
    inputs: ["active_at_end", "churned_customers", "active_at_start", "new_customers"],
    thresholds: { good: 3, bad: 1 },
    formula: "ltv ÷ cac",
    description: "Value of a customer against its cost (≥ 3 good, < 1 bad).",
    compute: (v) => divide(ltv(v), cac(v)),
  },

  // Website
  {
    id: "sessions",
    label: "Sessions",
    unit: "count",
    display: "count",
    owner: "marketing",
    group: "website",
    leading: true,
    polarity: "higher",
    numerator: "sessions",
    formula: "Σ sessions over traffic rows dated in the period",
    description: "Website sessions.",
  },
  {
    id: "users",
    label: "Users",
    unit: "count",
    display: "count",
    owner: "marketing",
    group: "website",
    leading: false,
    polarity: "higher",
    numerator: "users",
    formula: "Σ users over traffic rows dated in the period",
    description: "Website users.",
  },
  {
    id: "pageviews",
    label: "Pageviews",
    unit: "count",
    display: "count",
    owner: "marketing",
    group: "website",
    leading: false,
    polarity: "higher",
    numerator: "pageviews",
    formula: "Σ pageviews over traffic rows dated in the period",
    description: "Pages viewed.",
  },
  {
    id: "pages_per_session",
    label: "Pages per session",
    unit: "ratio",
    display: "number",
    owner: "marketing",
    group: "website",
    leading: false,
    polarity: "higher",
    numerator: "pageviews",
    denominator: "sessions",
    formula: "Σ pageviews ÷ Σ sessions",
    description: "Depth of a visit.",
  },
  {
    id: "avg_session_seconds",
    label: "Average session duration",
    unit: "seconds",
    display: "duration",
    owner: "marketing",
    group: "website",
    leading: false,
    polarity: "higher",
    numerator: "session_seconds",
    denominator: "sessions",
    formula: "Σ total_session_seconds ÷ Σ sessions",
    description: "Length of a visit.",
  },
  {
    id: "bounce_rate",
    label: "Bounce rate",
    ...rate("bounces", "sessions"),
    owner: "marketing",
    group: "website",
    leading: false,
    polarity: "lower",
    thresholds: { good: 0.4, bad: 0.7, strictGood: true },
    formula: "Σ bounces ÷ Σ sessions",
    description: "Share of one-page visits (< 40 % good, > 70 % bad).",
  },
  {
    id: "visit_to_lead_rate",
    label: "Visit → lead rate",
    ...rate("conversions", "sessions"),
    owner: "marketing",
    group: "website",
    leading: true,
    polarity: "higher",
    formula: "Σ conversions ÷ Σ sessions",
    description: "Share of visits that became a lead.",
  },
] as const satisfies readonly KpiSpec[];

export type KpiId = (typeof LIST)[number]["id"];
export type KpiDefinition = KpiSpec & { id: KpiId };

export const KPIS: readonly KpiDefinition[] = LIST;
export const KPI_BY_ID: ReadonlyMap<string, KpiDefinition> = new Map(KPIS.map((kpi) => [kpi.id, kpi]));
export const KPI_IDS: readonly KpiId[] = KPIS.map((kpi) => kpi.id);

export function kpiMeasures(kpi: KpiDefinition): MeasureId[] {
  return [kpi.numerator, ...(kpi.denominator ? [kpi.denominator] : []), ...(kpi.inputs ?? [])];
}

/** The KPI's value from the measures of its period. */
export function kpiValue(kpi: KpiDefinition, values: Values): Decimal | null {
  if (kpi.compute) return kpi.compute(values);
  const numerator = values.get(kpi.numerator);
  return kpi.denominator ? divide(numerator, values.get(kpi.denominator)) : numerator;
}
