import { deactivateUser, getUser, updateUser, userUpdate } from "@/features/admin/server/users";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "manage:users" }, async ({ params }) => getUser(String(params.id)));

export const PATCH = route({ permission: "manage:users", body: userUpdate }, async ({ user, params, body }) => updateUser(user, String(params.id), body));

/** Deactivates: the user's rows in the audit log keep their author. */
export const DELETE = route({ permission: "manage:users" }, async ({ user, params }) => deactivateUser(user, String(params.id)));
