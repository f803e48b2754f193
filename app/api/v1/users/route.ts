import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { createUser, listUsers } from "@/features/admin/server/users";

export const GET = route(adminEndpoints.listUsers, async () => ({ users: await listUsers() }));

export const POST = route(adminEndpoints.createUser, ({ user, body }) => createUser(user, body));
