import { route } from "@/lib/api/route";
import { checkedFilters, compareParam, readingQuery } from "@/features/kpis/server/query";
import { computeKpis } from "@/features/kpis/server/service";

export const GET = route({ permission: "read", query: readingQuery({ compare: compareParam }) }, async ({ query }) => {
  const filters = await checkedFilters(query);
  const kpis = await computeKpis({ from: query.from, to: query.to }, filters, query.compare === "previous");
  return { from: query.from, to: query.to, filters, compare: query.compare ?? null, kpis };
});
