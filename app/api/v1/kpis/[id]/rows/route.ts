import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { escapeFormula } from "@/features/imports/server/export";
import { checkedFilters, pageParams, readingQuery } from "@/features/kpis/server/query";
import { kpiRows } from "@/features/kpis/server/service";

const CSV_LIMIT = 100_000;
const query = readingQuery({ ...pageParams, part: z.string().trim().min(1).optional(), format: z.enum(["json", "csv"]).default("json") });

export const GET = route({ permission: "read", query }, async ({ query, params }) => {
  const filters = await checkedFilters(query);
  const period = { from: query.from, to: query.to };
  if (query.format === "json") return kpiRows(String(params.id), period, filters, query.part, query.page, query.pageSize);
  // The whole part as CSV (up to a limit), for checking a number in a spreadsheet.
  const result = await kpiRows(String(params.id), period, filters, query.part, 1, CSV_LIMIT);
  const columns = Object.keys(result.rows[0] ?? {});
  const body = stringify(
    result.rows.map((row) => columns.map((c) => (typeof row[c] === "string" ? escapeFormula(row[c] as string) : row[c]))),
    { header: true, columns, cast: { number: String } },
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.kpi.id}_${result.part.role}_${query.from}_${query.to}.csv"`,
    },
  });
});
