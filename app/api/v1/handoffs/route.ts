import { route } from "@/lib/api/route";
import { listQuery } from "@/features/handoffs/contract";
import { listHandoffs } from "@/features/handoffs/server/service";

/** The handoff inbox: a sales user's own team, any team for admin and marketing. */
export const GET = route({ permission: "read", query: listQuery }, async ({ user, query }) => listHandoffs(user, query));
