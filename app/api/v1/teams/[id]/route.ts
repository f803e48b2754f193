import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { deleteTeam, getTeam, updateTeam } from "@/features/admin/server/teams";

export const GET = route(adminEndpoints.getTeam, ({ params }) => getTeam(params.id));

export const PATCH = route(adminEndpoints.updateTeam, ({ user, params, body }) => updateTeam(user, params.id, body));

export const DELETE = route(adminEndpoints.deleteTeam, async ({ user, params }) => {
  await deleteTeam(user, params.id);
  return null;
});
