import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { createOwnToken, listTokens } from "@/features/admin/server/tokens";

export const GET = route(adminEndpoints.listTokens, async ({ user }) => ({ tokens: await listTokens(user) }));

export const POST = route(adminEndpoints.createToken, ({ user, body }) => createOwnToken(user, body));
