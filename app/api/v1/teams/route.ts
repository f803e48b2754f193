import { adminEndpoints } from "@/features/admin/contract";
import { createTeam } from "@/features/admin/server/teams";
import { route } from "@/lib/api/route";
import { periodQuery } from "@/lib/dates";
import { teamReport } from "@/features/kpis/server/reports";

// GET is the per-team report (docs/api.md "Reading"); the plain team list is in GET /api/v1/options.
export const GET = route({ permission: "read", query: periodQuery }, async ({ query }) => teamReport(query));

export const POST = route(adminEndpoints.createTeam, ({ user, body }) => createTeam(user, body));
