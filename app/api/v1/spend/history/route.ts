import { route } from "@/lib/api/route";
import { historyQuery } from "@/lib/spend/schema";
import { spendHistory } from "@/lib/spend/service";

/** GET /api/v1/spend/history?campaign=ID: the audited changes to a campaign's spend, newest first. */
export const GET = route({ permission: "read", query: historyQuery }, async ({ query }) => spendHistory(query.campaign));
