import { route } from "@/lib/api/route";
import { handoffEndpoints } from "@/features/handoffs/contract";
import { actOnHandoff } from "@/features/handoffs/server/act-on-handoff";

export const POST = route(handoffEndpoints.accept, async ({ user, params, body }) => ({
  handoff: await actOnHandoff(user, params.id, body.version, { kind: "accept" }),
}));
