import { route } from "@/lib/api/route";
import { teamEndpoints } from "@/features/teams/contract";
import { getTeamTrends } from "@/features/teams/server/get-team-trends";

export const GET = route(teamEndpoints.trends, async ({ query }) => getTeamTrends(query.metric, query, query.interval));
