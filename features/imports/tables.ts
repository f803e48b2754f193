import { CHANNELS, LEAD_SOURCES, OPPORTUNITY_STAGES, TEAM_KINDS } from "@/lib/enums";

/** The tables a CSV can be imported into, in the order their references need: import them top to bottom. */
export const TABLE_NAMES = ["teams", "campaigns", "spend", "leads", "handoffs", "opportunities", "customers", "traffic"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const isTable = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);

/** Prisma's enums by their Postgres type name: a column's values and its cast. */
const ENUMS = { TeamKind: TEAM_KINDS, Channel: CHANNELS, LeadSource: LEAD_SOURCES, OpportunityStage: OPPORTUNITY_STAGES } as const;
type EnumName = keyof typeof ENUMS;

type Column = {
  required?: boolean;
  /** SQL for an empty cell of a NOT NULL column that has a database default (null cannot be stored). */
  emptyMeans?: string;
};

export type FieldType = Column &
  (
    | { kind: "text"; max?: number }
    | { kind: "enum"; type: EnumName; values: readonly string[] }
    | { kind: "timestamp" }
    | { kind: "date" }
    | { kind: "decimal"; min?: number }
    | { kind: "int"; min?: number; max?: number; bigint?: boolean }
    | { kind: "ref"; table: TableName }
  );

export type TableDefinition = {
  name: TableName;
  /** The columns of the import format (docs/kpis.md "Records"), in export order. */
  fields: Record<string, FieldType>;
  /** The columns that identify a row for an upsert. */
  key: [string, ...string[]];
  /** The table has an optimistic-concurrency `version` (not imported): an import that rewrites a row bumps it. */
  versioned: boolean;
};

const text = (required = false): FieldType => ({ kind: "text", required });
const ts = (required = false): FieldType => ({ kind: "timestamp", required });
const oneOf = (type: EnumName, required = false): FieldType => ({ kind: "enum", type, values: ENUMS[type], required });
const ref = (table: TableName, required = false): FieldType => ({ kind: "ref", table, required });
/** A traffic count: never negative, and an empty cell means 0 (the column's default). */
const count = (bigint = false): FieldType => ({ kind: "int", min: 0, emptyMeans: "0", bigint });

/** A column's Postgres type, for the staging table and casts. */
export function pgType(field: FieldType): string {
  switch (field.kind) {
    case "text":
    case "ref":
      return "text";
    case "timestamp":
      return "timestamptz";
    case "date":
      return "date";
    case "decimal":
      return "numeric";
    case "int":
      return field.bigint ? "bigint" : "integer";
    case "enum":
      return `"${field.type}"`;
  }
}

function table(name: TableName, key: TableDefinition["key"], fields: Record<string, FieldType>, versioned = false): TableDefinition {
  return { name, key, fields, versioned };
}

/** A column of a table's import format; columns reaching here were checked against it. */
export function fieldOf(definition: TableDefinition, column: string): FieldType {
  const field = definition.fields[column];
  if (!field) throw new Error(`${definition.name} has no column ${column}`);
  return field;
}

/**
 * The import format of each table: the columns of prisma/schema.prisma by their database names,
 * with what a cell must hold. tests/import-schema.test.ts holds it to the migrated database.
 */
export const TABLES: Record<TableName, TableDefinition> = {
  teams: table("teams", ["id"], { id: text(true), name: text(true), kind: oneOf("TeamKind", true) }),
  campaigns: table("campaigns", ["id"], {
    id: text(true),
    name: text(true),
    channel: oneOf("Channel", true),
    starts_on: { kind: "date" },
    ends_on: { kind: "date" },
  }),
  spend: table(
    "spend",
    ["id"],
    {
      id: text(true),
      campaign_id: ref("campaigns", true),
      period_start: { kind: "date", required: true },
      period_end: { kind: "date", required: true },
      amount: { kind: "decimal", required: true, min: 0 },
      note: text(),
      entered_by: text(),
      entered_at: { kind: "timestamp", emptyMeans: "now()" },
    },
    true,
  ),
  leads: table("leads", ["id"], {
    id: text(true),
    email: text(),
    company: text(),
    created_at: ts(true),
    source: oneOf("LeadSource", true),
    campaign_id: ref("campaigns"),
    channel: oneOf("Channel"),
    score: { kind: "int" },
    mql_at: ts(),
    sql_at: ts(),
    disqualified_at: ts(),
    owner_id: text(),
  }),
  handoffs: table(
    "handoffs",
    ["id"],
    {
      id: text(true),
      lead_id: ref("leads", true),
      team_id: ref("teams", true),
      sent_at: ts(true),
      accepted_at: ts(),
      rejected_at: ts(),
      rejection_reason: text(),
      first_follow_up_at: ts(),
    },
    true,
  ),
  opportunities: table("opportunities", ["id"], {
    id: text(true),
    lead_id: ref("leads"),
    name: text(),
    team_id: ref("teams"),
    owner_id: text(),
    source: oneOf("LeadSource", true),
    campaign_id: ref("campaigns"),
    created_at: ts(true),
    amount: { kind: "decimal", min: 0, emptyMeans: "0" },
    stage: oneOf("OpportunityStage", true),
    quoted_at: ts(),
    closed_at: ts(),
  }),
  customers: table("customers", ["id"], {
    id: text(true),
    name: text(),
    opportunity_id: ref("opportunities"),
    campaign_id: ref("campaigns"),
    channel: oneOf("Channel"),
    started_at: ts(true),
    churned_at: ts(),
    mrr: { kind: "decimal", min: 0, emptyMeans: "0" },
  }),
  traffic: table("traffic", ["date", "channel", "landing_page"], {
    date: { kind: "date", required: true },
    channel: oneOf("Channel", true),
    landing_page: text(true),
    sessions: count(),
    users: count(),
    pageviews: count(),
    bounces: count(),
    total_session_seconds: count(true),
    conversions: count(),
  }),
};
