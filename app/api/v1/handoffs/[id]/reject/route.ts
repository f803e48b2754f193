import { route } from "@/lib/api/route";
import { rejectBody } from "@/lib/handoffs/schema";
import { actOnHandoff } from "@/lib/handoffs/service";

export const POST = route({ permission: "update:handoffs", body: rejectBody }, async ({ user, body, params }) => ({
  handoff: await actOnHandoff(user, String(params.id), body.version, { kind: "reject", reason: body.reason }),
}));
