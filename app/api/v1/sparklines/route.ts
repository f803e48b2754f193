import { route } from "@/lib/api/route";
import { kpiEndpoints } from "@/features/kpis/contract";
import { checkedFilters } from "@/features/kpis/server/query";
import { sparklines } from "@/features/kpis/server/trends";

/** Every KPI's trend at once, for the scorecard's sparklines (one request instead of forty). */
export const GET = route(kpiEndpoints.sparklines, async ({ query }) =>
  sparklines({ from: query.from, to: query.to }, query.interval, await checkedFilters(query)),
);
