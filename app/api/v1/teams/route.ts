import { NextResponse } from "next/server";
import { createTeam, teamCreate } from "@/features/admin/server/teams";
import { route } from "@/lib/api/route";
import { teamEndpoints } from "@/features/teams/contract";
import { getTeamReport } from "@/features/teams/server/get-team-report";

// GET is the per-team report (docs/api.md "Reading"); the plain team list is in GET /api/v1/options.
export const GET = route(teamEndpoints.report, async ({ query }) => getTeamReport(query));

export const POST = route({ permission: "manage:teams", body: teamCreate }, async ({ user, body }) => NextResponse.json(await createTeam(user, body), { status: 201 }));
