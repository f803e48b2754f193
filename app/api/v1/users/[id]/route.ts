import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { deactivateUser, getUser, updateUser } from "@/features/admin/server/users";

export const GET = route(adminEndpoints.getUser, ({ params }) => getUser(params.id));

export const PATCH = route(adminEndpoints.updateUser, ({ user, params, body }) => updateUser(user, params.id, body));

export const DELETE = route(adminEndpoints.deactivateUser, ({ user, params }) => deactivateUser(user, params.id));
