import { z } from "zod";
import { endpoint, errorEnvelope } from "@/lib/api/contract";
import { isTable, TABLE_NAMES } from "./tables";

/** One problem of an import: the line it is on (the header is line 1), the field, what is wrong. */
export const rejection = z.object({ line: z.number().int(), column: z.string().nullable(), message: z.string() });
export type Rejection = z.infer<typeof rejection>;

/** A 400's `details`: each problem of the header, the column map or the file (line null when unknown). */
export const importProblem = rejection.extend({ line: z.number().int().nullable() });
export type ImportProblem = z.infer<typeof importProblem>;

/** docs/api.md "CSV import": what an import or a dry run wrote and refused. */
export const importReport = z
  .object({
    table: z.enum(TABLE_NAMES),
    inserted: z.number().int(),
    updated: z.number().int(),
    /** The first problems (at most 1000), in line order. */
    rejected: z.array(rejection),
    /** Every rejected row, also those beyond the listed problems. */
    rejectedRows: z.number().int(),
    dryRun: z.literal(true).optional(),
  })
  .meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof importReport>;

/**
 * The 422 of an all-or-nothing import with rejected rows: the report (nothing written) and, beside
 * it, the error envelope for clients that read only errors.
 */
export const importRefusal = importReport.extend({ error: errorEnvelope.shape.error }).meta({ id: "ImportRefusal" });
export type ImportRefusal = z.infer<typeof importRefusal>;

/** File column (trimmed header) → field, or null to drop that column. */
const columnMap = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'must be JSON like {"Record ID":"id","Notes":null}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string().nullable(), { error: 'must map each file column to a field name or null, like {"Record ID":"id","Notes":null}' }));

/**
 * The file's character encoding. latin1 and iso-8859-1 are read as windows-1252, as browsers read
 * them (WHATWG Encoding): the three differ only in bytes 0x80–0x9F, which Latin-1 text never uses.
 */
export const IMPORT_ENCODINGS = ["utf-8", "windows-1252", "latin1", "iso-8859-1"] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const importQuery = z.object({
  mode: z.enum(["all-or-nothing", "skip-invalid"]).default("all-or-nothing"),
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  map: columnMap.optional(),
  unmapped: z.enum(["read", "ignore"]).default("read"),
  encoding: z.enum(IMPORT_ENCODINGS).default("utf-8"),
});
export type ImportQuery = z.output<typeof importQuery>;
export type ImportMode = ImportQuery["mode"];

const tables = TABLE_NAMES.join(", ");

export const importEndpoints = {
  run: endpoint({
    method: "POST",
    path: "/api/v1/import/{table}",
    tag: "imports",
    summary: "Import a CSV file into one table",
    description: [
      `The body is the CSV file, header first; \`{table}\` is one of ${tables}. Rows whose key exists are updated, the others inserted.`,
      "`mode=all-or-nothing` (the default) writes nothing when a row is rejected and answers 422 with an ImportRefusal: the import report and the error envelope beside it. `mode=skip-invalid` writes the valid rows and answers 200 with the rejected ones listed.",
      "`dryRun=true` validates and counts exactly like the real import, then rolls back (200 even with rejections, with `dryRun: true`).",
      "`map` is JSON {file column: field | null}; null drops the column, and `unmapped=ignore` drops every column the map does not name (otherwise they are read as fields).",
      "`encoding` is the file's character encoding: `utf-8` (the default; a byte order mark is fine), or `windows-1252` (also `latin1`, `iso-8859-1`) for Excel and CRM exports in Western European languages. Read as UTF-8, a file that is not valid UTF-8 is refused with 400 naming the line and column of the first invalid byte, before anything is written.",
      "A bad header (unknown, duplicate or missing columns) or malformed CSV answers 400 with each problem in `details` as {line, column, message}; an unknown table 404.",
    ].join("\n\n"),
    // The permission depends on the table; an unknown table still needs a signed-in user before it is named as unknown.
    access: ({ table = "" }) => (isTable(table) ? `import:${table}` : "read"),
    params: z.object({ table: z.string().meta({ description: `One of ${tables}` }) }),
    query: importQuery,
    consumes: "text/csv",
    response: importReport,
    errors: [404, 409, 413, 422],
    errorBodies: { 422: importRefusal },
  }),
};

export const exportEndpoints = {
  table: endpoint({
    method: "GET",
    path: "/api/v1/export/{table}",
    tag: "imports",
    summary: "Export one table as CSV",
    description: `The table in the import format, so an export imports back unchanged; \`{table}\` is one of ${tables}, optionally ending in \`.csv\`. Text cells a spreadsheet would run as a formula (starting with =, +, - or @, also after whitespace, or with a control character such as a tab) get a leading apostrophe, which the import removes (a cell whose apostrophes already precede such a start gets one more), so the export imports back unchanged.`,
    access: "read",
    params: z.object({ table: z.string().meta({ description: `One of ${tables}, e.g. leads or leads.csv` }) }),
    produces: "text/csv",
    response: z.string(),
    errors: [404],
  }),
};
