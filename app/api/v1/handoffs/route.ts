import { route } from "@/lib/api/route";
import { handoffEndpoints } from "@/features/handoffs/contract";
import { listHandoffs } from "@/features/handoffs/server/list-handoffs";

export const GET = route(handoffEndpoints.list, ({ user, query }) => listHandoffs(user, query));
