import { NextResponse } from "next/server";
import { createTarget, listTargets, targetCreate } from "@/features/admin/server/targets";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "read" }, async () => ({ targets: await listTargets() }));

export const POST = route({ permission: "manage:targets", body: targetCreate }, async ({ user, body }) => NextResponse.json(await createTarget(user, body), { status: 201 }));
