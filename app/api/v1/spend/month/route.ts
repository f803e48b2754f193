import { route } from "@/lib/api/route";
import { spendEndpoints } from "@/features/spend/contract";
import { monthSpend, saveMonth } from "@/features/spend/server/month";

export const GET = route(spendEndpoints.month, ({ query }) => monthSpend(query.month));

export const PUT = route(spendEndpoints.saveMonth, ({ body, user }) => saveMonth(body, user));
