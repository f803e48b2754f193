import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError, badRequest, errorResponse, notFound } from "@/lib/api/errors";
import { authorize } from "@/lib/auth/current-user";
import { importCsv, importMaxBytes, MAX_REJECTIONS } from "@/features/imports/server/importer";
import { TABLE_NAMES, type TableName } from "@/features/imports/tables";

const ColumnMapJson = z
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
 * `dryRun=true` validates and counts exactly like the real import, then rolls back (200 even with
 * rejections, with `dryRun: true`). `map` is JSON {file column: field | null}; null drops the column,
 * and `unmapped=ignore` drops every column the map does not name (otherwise they are read as fields).
 */
const Query = z.object({
  mode: z.enum(["all-or-nothing", "skip-invalid"]).default("all-or-nothing"),
  dryRun: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  map: ColumnMapJson.optional(),
  unmapped: z.enum(["read", "ignore"]).default("read"),
});

// curl --data-binary sends application/x-www-form-urlencoded unless told otherwise.
const CSV_TYPES = ["text/csv", "application/csv", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded"];

const isTable = (name: string): name is TableName => (TABLE_NAMES as string[]).includes(name);

/**
 * POST /api/v1/import/{table} (docs/api.md "CSV import"). Written out rather than with route() because
 * the permission depends on the table in the path.
 */
export async function POST(request: Request, context: { params: Promise<{ table: string }> }) {
  try {
    const { table } = await context.params;
    // An unknown table still needs a signed-in user before it is named as unknown.
    const user = await authorize(request, isTable(table) ? `import:${table}` : "read");
    if (!isTable(table)) throw notFound(`No table "${table}"; import one of ${TABLE_NAMES.join(", ")}.`);
    const { mode, dryRun, map, unmapped } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));

    const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
    if (type && !CSV_TYPES.includes(type)) throw badRequest(`Send the file as text/csv, not ${type}.`);
    const maxBytes = importMaxBytes();
    if (Number(request.headers.get("content-length")) > maxBytes) {
      throw new ApiError("payload_too_large", `The file is larger than the import limit of ${maxBytes} bytes (TANDEM_IMPORT_MAX_BYTES); split it into smaller files.`);
    }

    const result = await importCsv(table, request.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() }), { mode, maxBytes, userId: user.id, dryRun, map, ignoreUnmapped: unmapped === "ignore" });
    if (dryRun) return NextResponse.json({ ...result, dryRun: true });
    if (mode === "all-or-nothing" && result.rejectedRows > 0) {
      const listed = result.rejected.length >= MAX_REJECTIONS ? ` (the first ${result.rejected.length} problems are listed)` : "";
      const message = `${result.rejectedRows} row${result.rejectedRows === 1 ? " was" : "s were"} rejected${listed}; nothing was written. Fix them or retry with ?mode=skip-invalid.`;
      // The body is docs/api.md's import shape; the envelope beside it serves clients that read only errors.
      return NextResponse.json({ ...result, error: { code: "unprocessable", message } }, { status: 422 });
    }
    return NextResponse.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
