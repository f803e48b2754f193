import { route } from "@/lib/api/route";
import { readingQuery } from "@/features/kpis/contract-shared";
import { checkedFilters } from "@/features/kpis/server/query";
import { funnel } from "@/features/kpis/server/reports";

export const GET = route({ permission: "read", query: readingQuery() }, async ({ query }) => {
  return funnel({ from: query.from, to: query.to }, await checkedFilters(query));
});
