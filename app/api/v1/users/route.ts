import { NextResponse } from "next/server";
import { createUser, listUsers, userCreate } from "@/features/admin/server/users";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "manage:users" }, async () => ({ users: await listUsers() }));

export const POST = route({ permission: "manage:users", body: userCreate }, async ({ user, body }) => NextResponse.json(await createUser(user, body), { status: 201 }));
