import { route } from "@/lib/api/route";
import { checkedFilters, readingQuery } from "@/lib/kpi/query";
import { mqlCohorts } from "@/lib/kpi/reports";

export const GET = route({ permission: "read", query: readingQuery() }, async ({ query }) => {
  return mqlCohorts({ from: query.from, to: query.to }, await checkedFilters(query));
});
