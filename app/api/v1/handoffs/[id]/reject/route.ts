import { route } from "@/lib/api/route";
import { handoffEndpoints } from "@/features/handoffs/contract";
import { actOnHandoff } from "@/features/handoffs/server/act-on-handoff";

export const POST = route(handoffEndpoints.reject, async ({ user, params, body }) => ({
  handoff: await actOnHandoff(user, params.id, body.version, { kind: "reject", reason: body.reason }),
}));
