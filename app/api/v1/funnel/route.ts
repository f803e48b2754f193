import { route } from "@/lib/api/route";
import { funnelEndpoints } from "@/features/funnel/contract";
import { getFunnel } from "@/features/funnel/server/get-funnel";
import { checkedFilters } from "@/features/kpis/server/query";

export const GET = route(funnelEndpoints.report, async ({ query }) => getFunnel(query, await checkedFilters(query)));
