import { CHANNELS } from "@/lib/enums";

export type FieldType =
  | { kind: "text"; required?: boolean; max?: number }
  | { kind: "enum"; values: readonly string[]; required?: boolean }
  | { kind: "timestamp"; required?: boolean }
  | { kind: "date"; required?: boolean }
  | { kind: "decimal"; required?: boolean; min?: number }
  | { kind: "int"; required?: boolean; min?: number; max?: number }
  | { kind: "ref"; table: TableName; required?: boolean };

export type TableName = "teams" | "campaigns" | "spend" | "leads" | "handoffs" | "opportunities" | "customers" | "traffic";

export type TableDefinition = {
  name: TableName;
  /** The columns of the import format (docs/kpis.md "Records"), in export order. */
  fields: Record<string, FieldType>;
  /** The columns that identify a row for an upsert. */
  key: string[];
  /** Postgres type of each column, for the staging table and casts. */
  pgTypes: Record<string, string>;
};

const SOURCES = ["marketing", "sales", "partner"] as const;
const STAGES = ["open", "won", "lost"] as const;

const text = (required = false) => ({ kind: "text", required }) as const;
const ts = (required = false) => ({ kind: "timestamp", required }) as const;

function table(name: TableName, key: string[], fields: Record<string, FieldType>): TableDefinition {
  const pgTypes: Record<string, string> = {};
  for (const [column, field] of Object.entries(fields)) {
    pgTypes[column] =
      field.kind === "timestamp" ? "timestamptz" :
      field.kind === "date" ? "date" :
      field.kind === "decimal" ? "numeric" :
      field.kind === "int" ? (column === "total_session_seconds" ? "bigint" : "integer") :
      field.kind === "enum" ? `"${field.values === CHANNELS ? "Channel" : field.values === SOURCES ? "LeadSource" : field.values === STAGES ? "OpportunityStage" : "TeamKind"}"` :
      "text";
  }
  return { name, key, fields, pgTypes };
}

/** Tables in the order their references need: import them top to bottom. */
export const TABLES: Record<TableName, TableDefinition> = {
  teams: table("teams", ["id"], { id: text(true), name: text(true), kind: { kind: "enum", values: ["sales", "marketing"], required: true } }),
  campaigns: table("campaigns", ["id"], {
    id: text(true), name: text(true), channel: { kind: "enum", values: CHANNELS, required: true }, starts_on: { kind: "date" }, ends_on: { kind: "date" },
  }),
  spend: table("spend", ["id"], {
    id: text(true), campaign_id: { kind: "ref", table: "campaigns", required: true }, period_start: { kind: "date", required: true }, period_end: { kind: "date", required: true },
    amount: { kind: "decimal", required: true, min: 0 }, note: text(), entered_by: text(), entered_at: ts(),
  }),
  leads: table("leads", ["id"], {
    id: text(true), email: text(), company: text(), created_at: ts(true), source: { kind: "enum", values: SOURCES, required: true },
    campaign_id: { kind: "ref", table: "campaigns" }, channel: { kind: "enum", values: CHANNELS }, score: { kind: "int" },
    mql_at: ts(), sql_at: ts(), disqualified_at: ts(), owner_id: text(),
  }),
  handoffs: table("handoffs", ["id"], {
    id: text(true), lead_id: { kind: "ref", table: "leads", required: true }, team_id: { kind: "ref", table: "teams", required: true }, sent_at: ts(true),
    accepted_at: ts(), rejected_at: ts(), rejection_reason: text(), first_follow_up_at: ts(),
  }),
  opportunities: table("opportunities", ["id"], {
    id: text(true), lead_id: { kind: "ref", table: "leads" }, name: text(), team_id: { kind: "ref", table: "teams" }, owner_id: text(),
    source: { kind: "enum", values: SOURCES, required: true }, campaign_id: { kind: "ref", table: "campaigns" }, created_at: ts(true),
    amount: { kind: "decimal", min: 0 }, stage: { kind: "enum", values: STAGES, required: true }, quoted_at: ts(), closed_at: ts(),
  }),
  customers: table("customers", ["id"], {
    id: text(true), name: text(), opportunity_id: { kind: "ref", table: "opportunities" }, campaign_id: { kind: "ref", table: "campaigns" },
    channel: { kind: "enum", values: CHANNELS }, started_at: ts(true), churned_at: ts(), mrr: { kind: "decimal", min: 0 },
  }),
  traffic: table("traffic", ["date", "channel", "landing_page"], {
    date: { kind: "date", required: true }, channel: { kind: "enum", values: CHANNELS, required: true }, landing_page: text(true),
    sessions: { kind: "int", min: 0 }, users: { kind: "int", min: 0 }, pageviews: { kind: "int", min: 0 }, bounces: { kind: "int", min: 0 },
    total_session_seconds: { kind: "int", min: 0 }, conversions: { kind: "int", min: 0 },
  }),
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
