import { parse } from "csv-parse/browser/esm/sync";
import type { TableName } from "./tables";

/** What the import page needs to know about one field; plain data, so the client bundle stays free of the server's tables. */
export type ImportField = { name: string; required: boolean; hint: string };

export type ImportTableSpec = {
  name: TableName;
  fields: ImportField[];
  /** Whether the signed-in user's role may import this table, and if not, who may. */
  allowed: boolean;
  allowedRoles: string[];
};

/** One choice per file column, in file order: a Tandem field or null for "ignore". */
export type Mapping = (string | null)[];

/** The first rows of a file, read from its beginning only. */
export type Preview = { header: string[]; rows: string[][]; truncated: boolean };

/** How much of a file the page reads to show its first rows: never the whole file. */
export const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 20;

/** "Create Date", "create_date" and "CreateDate" are the same header. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]+/g, "");
}

/**
 * Headers of typical HubSpot and Salesforce exports, per table (docs/kpis.md "Records"). A null says the
 * column is known but has no field: Tandem derives the lifecycle stage from the dates, for instance.
 */
const PRESETS: Partial<Record<TableName, Record<string, string | null>>> = {
  leads: {
    "Record ID": "id",
    "Contact ID": "id",
    "Lead ID": "id",
    Email: "email",
    "Email Address": "email",
    Company: "company",
    "Company Name": "company",
    "Associated Company": "company",
    "Create Date": "created_at",
    "Created Date": "created_at",
    "Lead Source": "source",
    "Original Source": "channel",
    Campaign: "campaign_id",
    "Campaign ID": "campaign_id",
    "Primary Campaign Source": "campaign_id",
    "HubSpot Score": "score",
    "Lead Score": "score",
    "Became a Marketing Qualified Lead Date": "mql_at",
    "Became a Sales Qualified Lead Date": "sql_at",
    "Contact owner": "owner_id",
    "HubSpot Owner ID": "owner_id",
    "Lead Owner": "owner_id",
    "Owner ID": "owner_id",
    "Lifecycle Stage": null,
    "Lead Status": null,
  },
  opportunities: {
    "Record ID": "id",
    "Deal ID": "id",
    "Opportunity ID": "id",
    "Deal Name": "name",
    "Opportunity Name": "name",
    "Associated Contact": "lead_id",
    "Associated Contact ID": "lead_id",
    "Lead ID": "lead_id",
    "Converted Lead ID": "lead_id",
    "Deal owner": "owner_id",
    "Opportunity Owner": "owner_id",
    "HubSpot Owner ID": "owner_id",
    "Owner ID": "owner_id",
    "Lead Source": "source",
    "Original Source": null,
    Campaign: "campaign_id",
    "Primary Campaign Source": "campaign_id",
    "Create Date": "created_at",
    "Created Date": "created_at",
    Amount: "amount",
    "Deal Stage": "stage",
    Stage: "stage",
    "Close Date": "closed_at",
    "Account Name": null,
    "Associated Company": null,
    Pipeline: null,
  },
  customers: {
    "Record ID": "id",
    "Company ID": "id",
    "Account ID": "id",
    "Account Name": "name",
    "Company name": "name",
    Name: "name",
    "Opportunity ID": "opportunity_id",
    "Associated Deal": "opportunity_id",
    "Deal ID": "opportunity_id",
    "Became a Customer Date": "started_at",
    "Customer Since": "started_at",
    "Churn Date": "churned_at",
    "Churned Date": "churned_at",
    MRR: "mrr",
    "Monthly Recurring Revenue": "mrr",
    "Original Source": "channel",
  },
  handoffs: {
    "Record ID": "id",
    "Lead ID": "lead_id",
    "Associated Contact": "lead_id",
    "Team ID": "team_id",
  },
};

const presetFor = (table: TableName, header: string): string | null | undefined => {
  const preset = PRESETS[table];
  if (!preset) return undefined;
  const key = normalizeHeader(header);
  const hit = Object.entries(preset).find(([name]) => normalizeHeader(name) === key);
  return hit ? hit[1] : undefined;
};

/** Whether a preset knows the header, and says to ignore it (so the page can say why). */
export function isKnownIgnored(table: TableName, header: string): boolean {
  return presetFor(table, header) === null;
}

/**
 * The starting choice for each file column: the user's remembered choice for that header, else
 * the field of the same name, else a CRM preset, else ignore. A field is suggested once only.
 */
export function suggestMapping(spec: Pick<ImportTableSpec, "name" | "fields">, header: string[], remembered: Record<string, string | null> = {}): Mapping {
  const fields = new Set(spec.fields.map((f) => f.name));
  const byName = new Map(spec.fields.map((f) => [normalizeHeader(f.name), f.name]));
  const taken = new Set<string>();
  const choose = (field: string | null | undefined): string | null => {
    if (!field || !fields.has(field) || taken.has(field)) return null;
    taken.add(field);
    return field;
  };
  // Remembered and exact names first, so that a preset never takes a field a later column names exactly.
  const first = header.map((name) => {
    const trimmed = name.trim();
    if (Object.hasOwn(remembered, trimmed)) return { decided: true, field: choose(remembered[trimmed]) };
    const exact = byName.get(normalizeHeader(trimmed));
    return exact ? { decided: true, field: choose(exact) } : { decided: false, field: null };
  });
  return first.map(({ decided, field }, index) => (decided ? field : choose(presetFor(spec.name, (header[index] ?? "").trim()))));
}

export type MappingProblems = {
  /** Required fields no column is mapped to. */
  missing: string[];
  /** Fields chosen for more than one column. */
  duplicates: string[];
  /** Header names that appear more than once, which a map keyed by name cannot tell apart. */
  ambiguous: string[];
};

export function mappingProblems(spec: Pick<ImportTableSpec, "fields">, header: string[], mapping: Mapping): MappingProblems {
  const chosen = mapping.filter((f): f is string => f !== null);
  const missing = spec.fields.filter((f) => f.required && !chosen.includes(f.name)).map((f) => f.name);
  const duplicates = [...new Set(chosen.filter((f, i) => chosen.indexOf(f) !== i))];
  const names = header.map((h) => h.trim());
  const ambiguous = [...new Set(names.filter((h, i) => names.indexOf(h) !== i))];
  return { missing, duplicates, ambiguous };
}

export const hasProblems = (p: MappingProblems) => p.missing.length + p.duplicates.length + p.ambiguous.length > 0;

/**
 * The server's `map` parameter: only the mapped columns, sent with `unmapped=ignore` so that a
 * CRM export with hundreds of columns still gives a short query string.
 */
export function toColumnMap(header: string[], mapping: Mapping): Record<string, string> {
  const map: Record<string, string> = {};
  header.forEach((name, index) => {
    const field = mapping[index];
    if (field) map[name.trim()] = field;
  });
  return map;
}

/** The remembered choices per header, merged over earlier ones so other files' headers are kept. */
export function rememberMapping(previous: Record<string, string | null>, header: string[], mapping: Mapping): Record<string, string | null> {
  const next = { ...previous };
  header.forEach((name, index) => {
    next[name.trim()] = mapping[index] ?? null;
  });
  return next;
}

/**
 * Parses the beginning of a file. When the text is only the first bytes of a longer file, it is
 * cut back to a line end; a cut inside a quoted multi-line cell leaves the quote open, so the
 * cut moves back a line until the text parses.
 */
export function parsePreview(text: string, truncated: boolean, maxRows = PREVIEW_ROWS): Preview {
  const read = (input: string) => parse(input, { bom: true, relax_column_count: true, skip_empty_lines: true, to: maxRows + 1 }) as string[][];
  let input = truncated ? text.slice(0, text.lastIndexOf("\n") + 1) : text;
  for (;;) {
    try {
      const [header = [], ...rows] = read(input);
      return { header, rows, truncated };
    } catch (error) {
      const cut = input.lastIndexOf("\n", input.length - 2);
      if (!truncated || cut < 0) throw error;
      input = input.slice(0, cut + 1);
    }
  }
}

export function storageKey(table: TableName): string {
  return `tandem.import.mapping.${table}`;
}
