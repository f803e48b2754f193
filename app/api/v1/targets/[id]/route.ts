import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { deleteTarget, getTarget, updateTarget } from "@/features/admin/server/targets";

export const GET = route(adminEndpoints.getTarget, ({ params }) => getTarget(params.id));

export const PATCH = route(adminEndpoints.updateTarget, ({ user, params, body }) => updateTarget(user, params.id, body));

export const DELETE = route(adminEndpoints.deleteTarget, async ({ user, params }) => {
  await deleteTarget(user, params.id);
  return null;
});
