import { route } from "@/lib/api/route";
import { monthQuery, monthSaveSchema } from "@/features/spend/contract";
import { monthSpend, saveMonth } from "@/features/spend/server/service";

/** GET /api/v1/spend/month?month=YYYY-MM: every campaign with its whole-month spend row, if any. */
export const GET = route({ permission: "read", query: monthQuery }, async ({ query }) => monthSpend(query.month));

/** PUT /api/v1/spend/month: whole-month amounts of many campaigns, all or nothing (admin). */
export const PUT = route({ permission: "manage:spend", body: monthSaveSchema }, async ({ body, user }) => saveMonth(body, user));
