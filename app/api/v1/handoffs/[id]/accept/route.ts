import { route } from "@/lib/api/route";
import { actionBody } from "@/features/handoffs/contract";
import { actOnHandoff } from "@/features/handoffs/server/service";

export const POST = route({ permission: "update:handoffs", body: actionBody }, async ({ user, body, params }) => ({
  handoff: await actOnHandoff(user, String(params.id), body.version, { kind: "accept" }),
}));
