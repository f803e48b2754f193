import { route } from "@/lib/api/route";
import { listQuery } from "@/lib/handoffs/schema";
import { listHandoffs } from "@/lib/handoffs/service";

/** The handoff inbox: a sales user's own team, any team for admin and marketing. */
export const GET = route({ permission: "read", query: listQuery }, async ({ user, query }) => listHandoffs(user, query));
