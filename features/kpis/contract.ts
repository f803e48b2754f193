import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { GROUPS } from "./groups";
import { STATUSES } from "./health";
import { DISPLAYS, KPI_IDS, OWNERS, POLARITIES, UNITS } from "./registry";
import { compareParam, DIMENSIONS, filtersApplied, INTERVALS, kpiNumber, pageParams, readingQuery } from "./contract-shared";

/** The record tables a measure counts or sums (docs/kpis.md "Records"). */
export const MEASURE_TABLES = ["spend", "leads", "handoffs", "opportunities", "customers", "traffic"] as const;

const kpiId = z.enum(KPI_IDS);
const dimensions = z.array(z.enum(DIMENSIONS)).meta({ description: "The filters asked for that this KPI's records carry" });
const measureValue = z.object({ measure: z.string(), label: z.string(), value: kpiNumber });

export const kpiResult = z
  .object({
    id: kpiId,
    label: z.string(),
    value: kpiNumber,
    unit: z.enum(UNITS),
    display: z.enum(DISPLAYS),
    previous: kpiNumber,
    delta: kpiNumber.meta({ description: "(value − previous) ÷ |previous|; null without a comparison or when previous is 0" }),
    deltaPoints: kpiNumber.meta({ description: "For ratios: value − previous in percentage points" }),
    status: z.enum(STATUSES).nullable(),
    target: kpiNumber,
    formula: z.string(),
    filtersApplied: dimensions,
    owner: z.enum(OWNERS),
    group: z.enum(GROUPS.map((group) => group.id)),
    leading: z.boolean(),
    polarity: z.enum(POLARITIES),
    numerator: measureValue,
    denominator: measureValue.nullable(),
  })
  .meta({ id: "KpiResult" });
export type KpiResult = z.infer<typeof kpiResult>;

const kpisQuery = readingQuery({ compare: compareParam });

const kpisResponse = z.object({
  from: wire.date,
  to: wire.date,
  filters: filtersApplied,
  compare: z.enum(["previous"]).nullable(),
  kpis: z.array(kpiResult),
});
export type KpisResponse = z.infer<typeof kpisResponse>;

const part = z.object({
  measure: z.string(),
  role: z.enum(["numerator", "denominator", "input"]),
  label: z.string(),
  table: z.enum(MEASURE_TABLES),
  value: kpiNumber,
});

const rowsResponse = z.object({
  kpi: z.object({ id: kpiId, label: z.string(), formula: z.string(), unit: z.enum(UNITS) }),
  from: wire.date,
  to: wire.date,
  filters: filtersApplied,
  filtersApplied: dimensions,
  part,
  parts: z.array(part),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  rows: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
    .meta({ description: "The records, with the columns of their table; timestamps as ISO text" }),
});
export type RowsResponse = z.infer<typeof rowsResponse>;

const trendResponse = z.object({
  metric: kpiId,
  label: z.string(),
  unit: z.enum(UNITS),
  interval: z.enum(INTERVALS),
  from: wire.date,
  to: wire.date,
  filters: filtersApplied,
  points: z.array(z.object({ start: wire.date, end: wire.date, value: kpiNumber })),
});
export type TrendResponse = z.infer<typeof trendResponse>;

const sparklinesResponse = z.object({
  interval: z.enum(INTERVALS),
  starts: z.array(wire.date).meta({ description: "The first day of each bucket" }),
  series: z.record(kpiId, z.array(kpiNumber)).meta({ description: "Every KPI's value in each bucket, in the order of `starts`" }),
});
export type SparklinesResponse = z.infer<typeof sparklinesResponse>;

const interval = (fallback: (typeof INTERVALS)[number]) => z.enum(INTERVALS, { message: "must be day, week or month" }).default(fallback);

export const kpiEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/kpis",
    tag: "kpis",
    summary: "Every KPI over a period",
    description: "Every KPI of docs/kpis.md with its value, health and formula; `compare=previous` adds the previous period of the same length and the deltas.",
    access: "read",
    query: kpisQuery,
    response: kpisResponse,
  }),
  csv: endpoint({
    method: "GET",
    path: "/api/v1/kpis.csv",
    tag: "kpis",
    summary: "The KPI table as CSV",
    description: "Columns id, label, value, unit, previous, delta, status, target, formula, filters_applied.",
    access: "read",
    query: kpisQuery,
    response: z.string(),
    produces: "text/csv",
  }),
  rows: endpoint({
    method: "GET",
    path: "/api/v1/kpis/{id}/rows",
    tag: "kpis",
    summary: "The records behind one KPI",
    description:
      "The records of one part of a KPI's formula (`part`: numerator, denominator, input or a measure id; the numerator by default), paged, so any number can be checked by hand. `format=csv` answers the whole part as text/csv instead.",
    access: "read",
    params: z.object({ id: z.string() }),
    query: readingQuery({ ...pageParams, part: z.string().trim().min(1).optional(), format: z.enum(["json", "csv"]).default("json") }),
    response: rowsResponse,
    errors: [404],
  }),
  trend: endpoint({
    method: "GET",
    path: "/api/v1/trends",
    tag: "kpis",
    summary: "One KPI over time",
    description: "One point per day, ISO week (Monday first) or month of the period; empty buckets are present with the KPI's empty value.",
    access: "read",
    query: readingQuery({
      metric: z.enum(KPI_IDS, { error: (issue) => (issue.input === undefined ? "is required: a KPI id" : "must be a KPI id of GET /api/v1/kpis") }),
      interval: interval("day"),
    }),
    response: trendResponse,
  }),
  sparklines: endpoint({
    method: "GET",
    path: "/api/v1/sparklines",
    tag: "kpis",
    summary: "Every KPI over time",
    description: "The scorecard's sparklines: every KPI's trend in one request.",
    access: "read",
    query: readingQuery({ interval: interval("week") }),
    response: sparklinesResponse,
  }),
};
