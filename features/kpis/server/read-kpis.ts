import "server-only";
import { stringify } from "csv-stringify/sync";
import type { QueryOf } from "@/lib/api/contract";
import { escapeFormula } from "@/features/imports/server/formula";
import type { kpiEndpoints } from "@/features/kpis/contract";
import { checkedFilters } from "./query";
import { computeKpis, kpiRows } from "./service";

const CSV_COLUMNS = ["id", "label", "value", "unit", "previous", "delta", "status", "target", "formula", "filters_applied"];
/** The most rows a part's CSV holds: enough to check a number in a spreadsheet. */
const ROWS_CSV_LIMIT = 100_000;

function csvResponse(body: string, filename: string) {
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` } });
}

/** GET /api/v1/kpis: every KPI for the period and filters, compared when asked. */
export async function readKpis(query: QueryOf<typeof kpiEndpoints.list>) {
  const filters = await checkedFilters(query);
  const kpis = await computeKpis({ from: query.from, to: query.to }, filters, query.compare === "previous");
  return { from: query.from, to: query.to, filters, compare: query.compare ?? null, kpis };
}

/** GET /api/v1/kpis.csv: the same table as CSV. */
export async function kpisCsv(query: QueryOf<typeof kpiEndpoints.csv>) {
  const { kpis } = await readKpis(query);
  const body = stringify(
    kpis.map((k) => [k.id, k.label, k.value, k.unit, k.previous, k.delta, k.status, k.target, k.formula, k.filtersApplied.join(" ")]),
    { header: true, columns: CSV_COLUMNS, cast: { number: String } },
  );
  return csvResponse(body, `kpis_${query.from}_${query.to}.csv`);
}

/** GET /api/v1/kpis/{id}/rows: a page of the records behind one part of a KPI, or all of them as CSV. */
export async function readKpiRows(id: string, query: QueryOf<typeof kpiEndpoints.rows>) {
  const filters = await checkedFilters(query);
  const period = { from: query.from, to: query.to };
  if (query.format === "json") return kpiRows(id, period, filters, query.part, query.page, query.pageSize);
  const result = await kpiRows(id, period, filters, query.part, 1, ROWS_CSV_LIMIT);
  const columns = Object.keys(result.rows[0] ?? {});
  const body = stringify(
    result.rows.map((row) => columns.map((c) => (typeof row[c] === "string" ? escapeFormula(row[c] as string) : row[c]))),
    { header: true, columns, cast: { number: String } },
  );
  return csvResponse(body, `${result.kpi.id}_${result.part.role}_${query.from}_${query.to}.csv`);
}
