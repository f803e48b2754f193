import { adminEndpoints } from "@/features/admin/contract";
import { createTeam } from "@/features/admin/server/teams";
import { route } from "@/lib/api/route";
import { teamEndpoints } from "@/features/teams/contract";
import { getTeamReport } from "@/features/teams/server/get-team-report";

// GET is the per-team report (docs/api.md "Reading"); the plain team list is in GET /api/v1/options.
export const GET = route(teamEndpoints.report, async ({ query }) => getTeamReport(query));

export const POST = route(adminEndpoints.createTeam, ({ user, body }) => createTeam(user, body));
