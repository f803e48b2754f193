import { route } from "@/lib/api/route";
import { spendEndpoints } from "@/features/spend/contract";
import { createSpend, listSpend } from "@/features/spend/server/rows";

export const GET = route(spendEndpoints.list, ({ query }) => listSpend(query));

export const POST = route(spendEndpoints.create, ({ body, user }) => createSpend(body, user));
