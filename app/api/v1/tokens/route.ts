import { NextResponse } from "next/server";
import { createOwnToken, listTokens, tokenCreate } from "@/features/admin/server/tokens";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "manage:own-tokens" }, async ({ user }) => ({ tokens: await listTokens(user) }));

export const POST = route({ permission: "manage:own-tokens", body: tokenCreate }, async ({ user, body }) => NextResponse.json(await createOwnToken(user, body), { status: 201 }));
