import { NextResponse } from "next/server";
import { createTeam, teamCreate } from "@/features/admin/server/teams";
import { route } from "@/lib/api/route";
import { periodQuery } from "@/lib/dates";
import { teamReport } from "@/features/kpis/server/reports";

// GET is the per-team report (docs/api.md "Reading"); the plain team list is in GET /api/v1/options.
export const GET = route({ permission: "read", query: periodQuery }, async ({ query }) => teamReport(query));

export const POST = route({ permission: "manage:teams", body: teamCreate }, async ({ user, body }) => NextResponse.json(await createTeam(user, body), { status: 201 }));
