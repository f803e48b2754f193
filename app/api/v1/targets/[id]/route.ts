import { deleteTarget, getTarget, targetUpdate, updateTarget } from "@/features/admin/server/targets";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "read" }, async ({ params }) => getTarget(String(params.id)));

export const PATCH = route({ permission: "manage:targets", body: targetUpdate }, async ({ user, params, body }) => updateTarget(user, String(params.id), body));

export const DELETE = route({ permission: "manage:targets" }, async ({ user, params }) => {
  await deleteTarget(user, String(params.id));
  return new Response(null, { status: 204 });
});
