import { route } from "@/lib/api/route";
import { historyQuery } from "@/features/spend/contract";
import { spendHistory } from "@/features/spend/server/service";

/** GET /api/v1/spend/history?campaign=ID: the audited changes to a campaign's spend, newest first. */
export const GET = route({ permission: "read", query: historyQuery }, async ({ query }) => spendHistory(query.campaign));
