import { deleteTeam, getTeam, teamUpdate, updateTeam } from "@/features/admin/server/teams";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "read" }, async ({ params }) => getTeam(String(params.id)));

export const PATCH = route({ permission: "manage:teams", body: teamUpdate }, async ({ user, params, body }) => updateTeam(user, String(params.id), body));

export const DELETE = route({ permission: "manage:teams" }, async ({ user, params }) => {
  await deleteTeam(user, String(params.id));
  return new Response(null, { status: 204 });
});
