import { route } from "@/lib/api/route";
import { spendEndpoints } from "@/features/spend/contract";
import { spendHistory } from "@/features/spend/server/history";

export const GET = route(spendEndpoints.history, ({ query }) => spendHistory(query.campaign));
