import { route } from "@/lib/api/route";
import { kpiEndpoints } from "@/features/kpis/contract";
import { checkedFilters } from "@/features/kpis/server/query";
import { trend } from "@/features/kpis/server/trends";

export const GET = route(kpiEndpoints.trend, async ({ query }) =>
  trend(query.metric, { from: query.from, to: query.to }, query.interval, await checkedFilters(query)),
);
