import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { createTarget, listTargets } from "@/features/admin/server/targets";

export const GET = route(adminEndpoints.listTargets, async () => ({ targets: await listTargets() }));

export const POST = route(adminEndpoints.createTarget, ({ user, body }) => createTarget(user, body));
