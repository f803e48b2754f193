import "server-only";
import type { Team } from "@prisma/client";
import type { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { AdminTeam, teamCreate, teamUpdate } from "@/features/admin/contract";
import { assertUnreferenced, duplicate } from "./shared";

const toAdminTeam = (team: Team): AdminTeam => ({ id: team.id, name: team.name, kind: team.kind });

export async function getTeam(id: string): Promise<AdminTeam> {
  const team = await db().team.findUnique({ where: { id } });
  if (!team) throw notFound(`There is no team with id "${id}".`);
  return toAdminTeam(team);
}

export async function createTeam(actor: CurrentUser, input: z.output<typeof teamCreate>): Promise<AdminTeam> {
  return db().$transaction(async (tx) => {
    if (await tx.team.findUnique({ where: { id: input.id }, select: { id: true } })) {
      throw duplicate("id", `A team with id "${input.id}" already exists.`);
    }
    const team = toAdminTeam(await tx.team.create({ data: input }));
    await recordAudit(tx, { userId: actor.id, action: "create", entity: "team", entityId: team.id, after: team });
    return team;
  });
}

export async function updateTeam(actor: CurrentUser, id: string, input: z.output<typeof teamUpdate>): Promise<AdminTeam> {
  return db().$transaction(async (tx) => {
    const current = await tx.team.findUnique({ where: { id } });
    if (!current) throw notFound(`There is no team with id "${id}".`);
    const team = toAdminTeam(await tx.team.update({ where: { id }, data: input }));
    await recordAudit(tx, { userId: actor.id, action: "update", entity: "team", entityId: id, before: toAdminTeam(current), after: team });
    return team;
  });
}

export async function deleteTeam(actor: CurrentUser, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.team.findUnique({
      where: { id },
      include: { _count: { select: { handoffs: true, opportunities: true, users: true, targets: true } } },
    });
    if (!current) throw notFound(`There is no team with id "${id}".`);
    assertUnreferenced(`Team "${current.name}" (${id})`, current._count);
    await tx.team.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.id, action: "delete", entity: "team", entityId: id, before: toAdminTeam(current) });
  });
}
