import "server-only";
import { NextResponse } from "next/server";
import { ApiError, badRequest, notFound } from "@/lib/api/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ImportQuery, ImportRefusal, ImportReport } from "@/features/imports/contract";
import { isTable, TABLE_NAMES } from "@/features/imports/tables";
import { importCsv, importMaxBytes, MAX_REJECTIONS } from "./importer";

// curl --data-binary sends application/x-www-form-urlencoded unless told otherwise.
const CSV_TYPES = ["text/csv", "application/csv", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded"];

/**
 * POST /api/v1/import/{table} (docs/api.md "CSV import"): streams the request's CSV into the
 * table. An all-or-nothing import with rejected rows answers 422 with the report beside the error
 * envelope (ImportRefusal), which is why this may answer a Response of its own.
 */
export async function runImport(table: string, query: ImportQuery, user: CurrentUser, request: Request): Promise<ImportReport | Response> {
  if (!isTable(table)) throw notFound(`No table "${table}"; import one of ${TABLE_NAMES.join(", ")}.`);
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type && !CSV_TYPES.includes(type)) throw badRequest(`Send the file as text/csv, not ${type}.`);
  const maxBytes = importMaxBytes();
  if (Number(request.headers.get("content-length")) > maxBytes) {
    throw new ApiError(
      "payload_too_large",
      `The file is larger than the import limit of ${maxBytes} bytes (TANDEM_IMPORT_MAX_BYTES); split it into smaller files.`,
    );
  }

  const { mode, dryRun, map, unmapped, encoding } = query;
  const body = request.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const result = await importCsv(table, body, { mode, maxBytes, userId: user.id, dryRun, map, ignoreUnmapped: unmapped === "ignore", encoding });
  if (dryRun) return { ...result, dryRun: true };
  if (mode === "all-or-nothing" && result.rejectedRows > 0) {
    const listed = result.rejected.length >= MAX_REJECTIONS ? ` (the first ${result.rejected.length} problems are listed)` : "";
    const message = `${result.rejectedRows} row${result.rejectedRows === 1 ? " was" : "s were"} rejected${listed}; nothing was written. Fix them or retry with ?mode=skip-invalid.`;
    const refusal: ImportRefusal = { ...result, error: { code: "unprocessable", message } };
    return NextResponse.json(refusal, { status: 422 });
  }
  return result;
}
