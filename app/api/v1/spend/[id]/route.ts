import { route } from "@/lib/api/route";
import { spendEndpoints } from "@/features/spend/contract";
import { deleteSpend, getSpend, updateSpend } from "@/features/spend/server/rows";

export const GET = route(spendEndpoints.get, ({ params }) => getSpend(params.id));

export const PATCH = route(spendEndpoints.update, ({ params, body, user }) => updateSpend(params.id, body, user));

export const DELETE = route(spendEndpoints.remove, ({ params, query, user }) => deleteSpend(params.id, query.version, user));
