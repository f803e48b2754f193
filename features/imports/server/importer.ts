import "server-only";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { CsvError, parse, type Info } from "csv-parse";
import pg from "pg";
import { ApiError, badRequest } from "@/lib/api/errors";
import { copyRows, type CopyValue } from "@/lib/db/copy";
import type { ImportEncoding, ImportMode, ImportReport, Rejection } from "@/features/imports/contract";
import { fieldOf, pgType, TABLES, type FieldType, type TableDefinition, type TableName } from "@/features/imports/tables";
import { decodeText } from "./decode";
import { unescapeFormula } from "./formula";
import { claimImportSlot, importConnection, importIdleMs, stopWhenIdle } from "./import-pool";

/** docs/api.md "CSV import": the report of a run (a dry run's is marked by the route). */
export type ImportResult = Omit<ImportReport, "dryRun">;

/**
 * File header (trimmed) → Tandem field, or null to ignore that column. Applied where the header is
 * read, so a CRM export imports as it is, still streamed; headers not named keep their own name.
 */
export type ColumnMap = Record<string, string | null>;

export type ImportOptions = {
  mode: ImportMode;
  maxBytes: number;
  databaseUrl?: string;
  userId?: string | null;
  /** Validate and upsert as usual, then roll back: the counts say what a real run would write. */
  dryRun?: boolean;
  map?: ColumnMap;
  /** Drop the columns the map does not name instead of reading them as fields (a CRM export has hundreds). */
  ignoreUnmapped?: boolean;
  /** The file's character encoding; UTF-8 unless said otherwise. */
  encoding?: ImportEncoding;
};

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** The answer lists at most this many problems, so a file of a million bad rows cannot flood it. */
export const MAX_REJECTIONS = 1000;

/** Longest record we buffer: a longer one is almost always a quote left open. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Every money column is numeric(14,2) (prisma/schema.prisma). */
const MONEY_INTEGER_DIGITS = 12;
const MONEY_SCALE = 2;

const INT_RANGE: Record<"integer" | "bigint", [bigint, bigint]> = {
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  bigint: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** Cross-field rules: the later date may not be before the earlier one. */
const NOT_BEFORE: Partial<Record<TableName, [later: string, earlier: string][]>> = {
  spend: [["period_end", "period_start"]],
};

const SINGULAR: Record<TableName, string> = {
  teams: "team",
  campaigns: "campaign",
  spend: "spend row",
  leads: "lead",
  handoffs: "handoff",
  opportunities: "opportunity",
  customers: "customer",
  traffic: "traffic row",
};

export function importMaxBytes(): number {
  const configured = Number(process.env.TANDEM_IMPORT_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

/** Identifiers come only from tables.ts; the check guards against a typo there ever reaching SQL. */
function ident(name: string): string {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Unsafe SQL identifier ${name}`);
  return `"${name}"`;
}

// ---------------------------------------------------------------------------------------------
// Cells

type Checked = { ok: true; value: string | null } | { ok: false; message: string };

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

/** One cell as the text Postgres will cast, or a message a user can act on. */
function checkCell(column: string, field: FieldType, raw: string): Checked {
  const name = `"${column}"`;
  const isText = field.kind === "text" || field.kind === "ref";
  const value = isText ? unescapeFormula(raw) : raw.trim();
  if (value === "") return field.required ? { ok: false, message: `${name} is required and may not be empty` } : { ok: true, value: null };
  const fail = (message: string): Checked => ({ ok: false, message: `${name} ${message}, got ${quoted(value)}` });

  switch (field.kind) {
    case "text":
    case "ref": {
      if (value.includes("\u0000")) return { ok: false, message: `${name} may not contain NUL characters` };
      if (field.required && value.trim() === "") return { ok: false, message: `${name} is required and may not be blank` };
      if (field.kind === "text" && field.max !== undefined && value.length > field.max) {
        return { ok: false, message: `${name} may have at most ${field.max} characters, got ${value.length}` };
      }
      return { ok: true, value };
    }
    case "enum":
      return field.values.includes(value) ? { ok: true, value } : fail(`must be one of ${field.values.join(", ")}`);
    case "timestamp": {
      const m = TIMESTAMP.exec(value);
      const example = "must be an ISO 8601 timestamp like 2026-03-02T14:05:00Z";
      if (!m) return fail(example);
      const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", zone = "Z"] = m;
      const offset = /^[+-](\d{2}):?(\d{2})?$/.exec(zone);
      const validTime = Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
      const validZone = !offset || (Number(offset[1]) <= 14 && Number(offset[2] ?? 0) <= 59);
      if (!isCalendarDate(Number(year), Number(month), Number(day)) || !validTime || !validZone) return fail(example);
      // Without a zone the time is UTC (docs/api.md); the explicit Z keeps the session's TimeZone out of it.
      return { ok: true, value: `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone.toUpperCase()}` };
    }
    case "date": {
      const m = DATE.exec(value);
      if (!m) return fail("must be a date like 2026-03-02 (YYYY-MM-DD)");
      if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return fail("must be a real calendar date");
      return { ok: true, value };
    }
    case "decimal": {
      if (!DECIMAL.test(value)) return fail("must be a number with a dot as decimal separator, like 1234.50");
      const [integer = "", fraction = ""] = value.replace(/^-/, "").split(".");
      if (fraction.replace(/0+$/, "").length > MONEY_SCALE) return fail(`may have at most ${MONEY_SCALE} decimal places`);
      if (integer.replace(/^0+/, "").length > MONEY_INTEGER_DIGITS) return fail(`must be less than 1${"0".repeat(MONEY_INTEGER_DIGITS)}`);
      if (field.min !== undefined && Number(value) < field.min) return fail(`must be at least ${field.min}`);
      return { ok: true, value };
    }
    case "int": {
      if (!INTEGER.test(value)) return fail("must be a whole number");
      const n = BigInt(value);
      const [low, high] = INT_RANGE[field.bigint ? "bigint" : "integer"];
      const min = field.min !== undefined ? BigInt(field.min) : low;
      const max = field.max !== undefined ? BigInt(field.max) : high;
      if (n < min) return fail(`must be at least ${min}`);
      if (n > max) return fail(`must be at most ${max}`);
      return { ok: true, value };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the file

type CsvRecord = { line: number; cells: string[] };

function toNodeStream(body: ReadableStream<Uint8Array> | NodeJS.ReadableStream): Readable {
  if (body instanceof Readable) return body;
  if ("getReader" in body) return Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>);
  return Readable.from(body as AsyncIterable<Uint8Array | string>);
}

function byteLimit(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) {
        callback(
          new ApiError(
            "payload_too_large",
            `The file is larger than the import limit of ${maxBytes} bytes (TANDEM_IMPORT_MAX_BYTES); split it into smaller files.`,
          ),
        );
      } else {
        callback(null, chunk);
      }
    },
  });
}

type RecordReader = { records: AsyncGenerator<CsvRecord>; close: () => void };

/**
 * The file's records with the line each starts on (the header is line 1), parsed as the bytes
 * arrive so that only one record is ever held. `close` stops reading, also mid-record.
 */
function readRecords(body: ReadableStream<Uint8Array> | NodeJS.ReadableStream, maxBytes: number, encoding: ImportEncoding): RecordReader {
  const source = toNodeStream(body);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: MAX_RECORD_BYTES });
  // A failure anywhere in the pipeline (413, invalid UTF-8, a broken upload) destroys the parser and surfaces below.
  pipeline(source, byteLimit(maxBytes), decodeText(encoding), parser).catch(() => undefined);

  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      for await (const { info, record } of parser as AsyncIterable<{ info: Info; record: string[] }>) {
        // csv-parse reports the line a record ends on; a quoted cell may span several lines.
        const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        yield { line: info.lines - breaks, cells: record };
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = typeof error.lines === "number" ? error.lines : null;
      const reason = error.code === "CSV_MAX_RECORD_SIZE" ? `a record is longer than ${MAX_RECORD_BYTES} bytes; is a quote left open?` : error.message;
      throw badRequest(`The file is not valid CSV: ${reason}`, [{ line, column: null, message: reason }]);
    }
  }

  return {
    records: records(),
    close: () => {
      parser.destroy();
      source.destroy();
    },
  };
}

type Header = {
  /** The imported fields, in file order. */
  columns: string[];
  /** The file's index of each imported field; ignored columns are left out. */
  indexes: number[];
  /** How many cells the header has, which every row must match. */
  width: number;
};

/** Applies the column map to the header's names; a map naming an absent column or an unknown field is a 400. */
function mapHeader(definition: TableDefinition, cells: string[], map: ColumnMap = {}, ignoreUnmapped = false): { names: string[]; indexes: number[] } {
  const raw = cells.map((cell) => cell.trim());
  const fields = Object.keys(definition.fields);
  const problems: Rejection[] = [];
  for (const [from, to] of Object.entries(map)) {
    if (!raw.includes(from)) problems.push({ line: 1, column: from, message: `the map names column "${from}", which the header does not have` });
    else if (to !== null && !fields.includes(to))
      problems.push({ line: 1, column: from, message: `the map sends column "${from}" to "${to}", which is not a field of ${definition.name}` });
  }
  if (problems.length) {
    throw badRequest(
      `The column map does not fit this file: ${problems.map((p) => p.message).join("; ")}. A ${definition.name} file has the fields ${fields.join(", ")}.`,
      problems,
    );
  }
  const names: string[] = [];
  const indexes: number[] = [];
  raw.forEach((name, index) => {
    const target = Object.hasOwn(map, name) ? (map[name] ?? null) : ignoreUnmapped ? null : name;
    if (target === null) return;
    names.push(target);
    indexes.push(index);
  });
  return { names, indexes };
}

/** The file's columns in file order; any unknown, duplicate or missing column rejects the whole file (400). */
function checkHeader(definition: TableDefinition, cells: string[], map?: ColumnMap, ignoreUnmapped?: boolean): Header {
  const { names, indexes } = mapHeader(definition, cells, map, ignoreUnmapped);
  const fields = Object.keys(definition.fields);
  const required = fields.filter((f) => fieldOf(definition, f).required || definition.key.includes(f));
  const problems: Rejection[] = [];
  const unknown: string[] = [];
  const duplicate: string[] = [];
  names.forEach((name, index) => {
    if (name === "") {
      problems.push({ line: 1, column: null, message: `column ${index + 1} has no name` });
    } else if (!fields.includes(name)) {
      unknown.push(name);
      problems.push({ line: 1, column: name, message: `unknown column "${name}"` });
    } else if (names.indexOf(name) !== index) {
      duplicate.push(name);
      problems.push({ line: 1, column: name, message: `column "${name}" appears more than once` });
    }
  });
  const missing = required.filter((f) => !names.includes(f));
  for (const name of missing) problems.push({ line: 1, column: name, message: `required column "${name}" is missing` });
  if (problems.length === 0) return { columns: names, indexes, width: cells.length };

  const list = (items: string[]) => items.map((item) => `"${item}"`).join(", ");
  const parts = [
    unknown.length && `unknown column${unknown.length > 1 ? "s" : ""} ${list(unknown)}`,
    duplicate.length && `duplicate column${duplicate.length > 1 ? "s" : ""} ${list(duplicate)}`,
    missing.length && `missing required column${missing.length > 1 ? "s" : ""} ${list(missing)}`,
    names.includes("") && "a column without a name",
  ].filter(Boolean);
  throw badRequest(
    `The header (line 1) has ${parts.join("; ")}. A ${definition.name} file has the columns ${fields.join(", ")}; required: ${required.join(", ")}.`,
    problems,
  );
}

/** Problems found while streaming: the first MAX_REJECTIONS kept, every rejected row counted. */
class Rejections {
  readonly list: Rejection[] = [];
  rows = 0;

  add(problems: Rejection[]) {
    this.rows += 1;
    for (const problem of problems) if (this.list.length < MAX_REJECTIONS) this.list.push(problem);
  }
}

/** Validated rows as COPY values (`line` first); invalid rows go to `rejections` instead. */
async function* validRows(
  definition: TableDefinition,
  { columns, indexes, width }: Header,
  records: AsyncIterator<CsvRecord>,
  rejections: Rejections,
): AsyncGenerator<CopyValue[]> {
  const crossChecks = (NOT_BEFORE[definition.name] ?? []).filter(([later, earlier]) => columns.includes(later) && columns.includes(earlier));
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const { line, cells: all } = next.value;
    if (all.length !== width) {
      rejections.add([{ line, column: null, message: `the line has ${all.length} cells but the header names ${width} columns` }]);
      continue;
    }
    const cells = indexes.map((index) => all[index] ?? "");
    // values[i + 1] is column i; an invalid cell stays null so that cross-field checks skip it.
    const values: CopyValue[] = [line];
    const problems: Rejection[] = [];
    columns.forEach((column, index) => {
      const checked = checkCell(column, fieldOf(definition, column), cells[index] ?? "");
      values.push(checked.ok ? checked.value : null);
      if (!checked.ok) problems.push({ line, column, message: checked.message });
    });
    for (const [later, earlier] of crossChecks) {
      const [laterValue, earlierValue] = [values[columns.indexOf(later) + 1], values[columns.indexOf(earlier) + 1]];
      // ISO dates compare correctly as text.
      if (typeof laterValue === "string" && typeof earlierValue === "string" && laterValue < earlierValue) {
        problems.push({ line, column: later, message: `"${later}" may not be before "${earlier}" (${earlierValue}), got "${laterValue}"` });
      }
    }
    if (problems.length) rejections.add(problems);
    else yield values;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading

const STAGING = "import_staging";
const REJECTS = "import_rejects";

/** Staged rows that break a key or a reference become rows of the rejects table, all in SQL. */
async function rejectInSql(client: pg.ClientBase, definition: TableDefinition, columns: string[]): Promise<void> {
  const key = definition.key.map(ident);
  const keyLabel = definition.key.length === 1 ? `${definition.key[0]} "%s"` : `${definition.key.join(", ")} (${definition.key.map(() => "%s").join(", ")})`;
  await client.query(
    `INSERT INTO ${REJECTS} (line, "column", message)
     SELECT line, $1, format($2, ${key.join(", ")}, first_line)
     FROM (SELECT line, ${key.join(", ")}, min(line) OVER (PARTITION BY ${key.join(", ")}) AS first_line FROM ${STAGING}) ranked
     WHERE line <> first_line`,
    [definition.key[0], `${keyLabel} already appears on line %s; a record may appear only once per file`],
  );

  for (const column of columns) {
    const field = fieldOf(definition, column);
    if (field.kind !== "ref") continue;
    const target = TABLES[field.table];
    const [targetKey] = target.key;
    // A reference may also point at a row of the same file when a table refers to itself.
    const sameFile = field.table === definition.name ? `AND NOT EXISTS (SELECT 1 FROM ${STAGING} o WHERE o.${ident(targetKey)} = s.${ident(column)})` : "";
    await client.query(
      `INSERT INTO ${REJECTS} (line, "column", message)
       SELECT s.line, $1, format($2, s.${ident(column)}) FROM ${STAGING} s
       WHERE s.${ident(column)} IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${ident(target.name)} t WHERE t.${ident(targetKey)} = s.${ident(column)}) ${sameFile}`,
      [column, `no ${SINGULAR[field.table]} with ${targetKey} "%s"`],
    );
  }
}

/** Upserts the staged rows that were not rejected; columns absent from the file keep their value. */
async function upsert(client: pg.ClientBase, definition: TableDefinition, columns: string[]): Promise<{ inserted: number; updated: number }> {
  const values = columns.map((column) => {
    const field = fieldOf(definition, column);
    const type = pgType(field);
    const cast = type === "text" ? `s.${ident(column)}` : `s.${ident(column)}::${type}`;
    const empty = field.emptyMeans;
    return empty ? `COALESCE(${cast}, ${empty})` : cast;
  });
  const updates = columns.filter((c) => !definition.key.includes(c)).map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`);
  if (definition.versioned) updates.push(`"version" = t."version" + 1`);
  // A file of key columns only still touches its rows, so they count as updated.
  if (updates.length === 0) updates.push(`${ident(definition.key[0])} = EXCLUDED.${ident(definition.key[0])}`);

  const result = await client.query<{ inserted: number; updated: number }>(
    `WITH written AS (
       INSERT INTO ${ident(definition.name)} AS t (${columns.map(ident).join(", ")})
       SELECT ${values.join(", ")} FROM ${STAGING} s
       WHERE NOT EXISTS (SELECT 1 FROM ${REJECTS} r WHERE r.line = s.line)
       -- Rows are locked in key order, so two imports of overlapping files cannot deadlock.
       ORDER BY ${definition.key.map((k) => `s.${ident(k)}`).join(", ")}
       ON CONFLICT (${definition.key.map(ident).join(", ")}) DO UPDATE SET ${updates.join(", ")}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`,
  );
  // An aggregate always answers one row.
  return result.rows[0]!;
}

/**
 * Imports a CSV file into one table (docs/api.md "CSV import"). Rows are validated while the file
 * streams into a temporary staging table through COPY; keys and references are then checked in
 * SQL and the valid rows upserted in one statement, so memory stays flat for a million rows.
 * In all-or-nothing mode any rejection rolls everything back; a dry run always does, after the
 * upsert, so that its counts are exactly those of the real run.
 */
export async function importCsv(table: TableName, body: ReadableStream<Uint8Array> | NodeJS.ReadableStream, options: ImportOptions): Promise<ImportResult> {
  const definition = TABLES[table];
  // Over the cap this refuses (429) before reading a byte; the slot is given back in `finally`.
  const releaseSlot = claimImportSlot();
  const { records, close } = readRecords(stopWhenIdle(body, importIdleMs()), options.maxBytes, options.encoding ?? "utf-8");
  let client: pg.PoolClient | null = null;
  let failed = false;
  try {
    const header = await records.next();
    if (header.done) throw badRequest(`The file is empty; its first line must name the columns (${Object.keys(definition.fields).join(", ")}).`);
    const parsed = checkHeader(definition, header.value.cells, options.map, options.ignoreUnmapped);
    const { columns } = parsed;

    client = await importConnection(options.databaseUrl);
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE ${STAGING} (line integer NOT NULL, ${columns.map((c) => `${ident(c)} text`).join(", ")}) ON COMMIT DROP`);
    await client.query(`CREATE TEMP TABLE ${REJECTS} (line integer NOT NULL, "column" text, message text NOT NULL) ON COMMIT DROP`);

    const rejections = new Rejections();
    await copyRows(client, STAGING, ["line", ...columns], validRows(definition, parsed, records, rejections));
    await client.query(`ANALYZE ${STAGING}`);
    await rejectInSql(client, definition, columns);

    const counted = await client.query<{ rows: number }>(`SELECT count(DISTINCT line)::int AS rows FROM ${REJECTS}`);
    const listed = await client.query<Rejection>(`SELECT line, "column", message FROM ${REJECTS} ORDER BY line, "column" LIMIT ${MAX_REJECTIONS}`);
    const rejected = [...rejections.list, ...listed.rows].sort((a, b) => a.line - b.line).slice(0, MAX_REJECTIONS);
    const rejectedRows = rejections.rows + counted.rows[0]!.rows;

    if (rejectedRows > 0 && options.mode === "all-or-nothing") {
      await client.query("ROLLBACK");
      return { table, inserted: 0, updated: 0, rejected, rejectedRows };
    }

    const { inserted, updated } = await upsert(client, definition, columns);
    if (options.dryRun) {
      await client.query("ROLLBACK");
      return { table, inserted, updated, rejected, rejectedRows };
    }
    await client.query(`INSERT INTO audit_log (user_id, action, entity, entity_id, after) VALUES ($1, 'import', 'import', $2, $3)`, [
      options.userId ?? null,
      table,
      JSON.stringify({ inserted, updated, rejected: rejectedRows }),
    ]);
    await client.query("COMMIT");
    return { table, inserted, updated, rejected, rejectedRows };
  } catch (error) {
    failed = true;
    // A reference deleted by someone else between the check and the insert.
    if ((error as { code?: unknown }).code === "23503") {
      throw new ApiError("conflict", "A referenced record was deleted while the file was imported; nothing was written, try again.");
    }
    throw error;
  } finally {
    close();
    // Every way out without an error has committed or rolled back; after an error the connection
    // is closed instead of pooled, which rolls back whatever was not committed.
    client?.release(failed);
    releaseSlot();
  }
}
