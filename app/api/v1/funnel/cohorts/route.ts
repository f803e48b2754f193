import { route } from "@/lib/api/route";
import { funnelEndpoints } from "@/features/funnel/contract";
import { getMqlCohorts } from "@/features/funnel/server/get-mql-cohorts";
import { checkedFilters } from "@/features/kpis/server/query";

export const GET = route(funnelEndpoints.cohorts, async ({ query }) => getMqlCohorts(query, await checkedFilters(query)));
