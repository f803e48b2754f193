import { stringify } from "csv-stringify/sync";
import { route } from "@/lib/api/route";
import { checkedFilters, compareParam, readingQuery } from "@/features/kpis/server/query";
import { computeKpis } from "@/features/kpis/server/service";

const COLUMNS = ["id", "label", "value", "unit", "previous", "delta", "status", "target", "formula", "filters_applied"];

export const GET = route({ permission: "read", query: readingQuery({ compare: compareParam }) }, async ({ query }) => {
  const filters = await checkedFilters(query);
  const kpis = await computeKpis({ from: query.from, to: query.to }, filters, query.compare === "previous");
  const body = stringify(
    kpis.map((k) => [k.id, k.label, k.value, k.unit, k.previous, k.delta, k.status, k.target, k.formula, k.filtersApplied.join(" ")]),
    { header: true, columns: COLUMNS, cast: { number: String } },
  );
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="kpis_${query.from}_${query.to}.csv"` },
  });
});
