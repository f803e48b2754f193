import "server-only";
import { Prisma, type Target } from "@prisma/client";
import type { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { AdminTarget, targetCreate, targetUpdate } from "@/features/admin/contract";
import { checkPeriod, checkTeam, fromDate, toDate } from "./shared";

function toAdminTarget(t: Target): AdminTarget {
  return {
    id: t.id,
    kpi_id: t.kpiId,
    period_start: fromDate(t.periodStart)!,
    period_end: fromDate(t.periodEnd)!,
    value: t.value.toString(),
    team_id: t.teamId,
  };
}

export async function listTargets(): Promise<AdminTarget[]> {
  const targets = await db().target.findMany({ orderBy: [{ periodStart: "desc" }, { kpiId: "asc" }] });
  return targets.map(toAdminTarget);
}

export async function getTarget(id: string): Promise<AdminTarget> {
  const target = await db().target.findUnique({ where: { id } });
  if (!target) throw notFound(`There is no target with id "${id}".`);
  return toAdminTarget(target);
}

export async function createTarget(actor: CurrentUser, input: z.output<typeof targetCreate>): Promise<AdminTarget> {
  return db().$transaction(async (tx) => {
    await checkTeam(tx, input.team_id);
    const created = await tx.target.create({
      data: {
        kpiId: input.kpi_id,
        periodStart: toDate(input.period_start),
        periodEnd: toDate(input.period_end),
        value: new Prisma.Decimal(input.value),
        teamId: input.team_id ?? null,
      },
    });
    const target = toAdminTarget(created);
    await recordAudit(tx, { userId: actor.id, action: "create", entity: "target", entityId: target.id, after: target });
    return target;
  });
}

export async function updateTarget(actor: CurrentUser, id: string, input: z.output<typeof targetUpdate>): Promise<AdminTarget> {
  return db().$transaction(async (tx) => {
    const current = await tx.target.findUnique({ where: { id } });
    if (!current) throw notFound(`There is no target with id "${id}".`);
    const before = toAdminTarget(current);
    await checkTeam(tx, input.team_id);
    checkPeriod(input.period_start ?? before.period_start, input.period_end ?? before.period_end, "period_end", "period_start");
    const updated = await tx.target.update({
      where: { id },
      data: {
        kpiId: input.kpi_id,
        periodStart: input.period_start === undefined ? undefined : toDate(input.period_start),
        periodEnd: input.period_end === undefined ? undefined : toDate(input.period_end),
        value: input.value === undefined ? undefined : new Prisma.Decimal(input.value),
        teamId: input.team_id,
      },
    });
    const target = toAdminTarget(updated);
    await recordAudit(tx, { userId: actor.id, action: "update", entity: "target", entityId: id, before, after: target });
    return target;
  });
}

export async function deleteTarget(actor: CurrentUser, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.target.findUnique({ where: { id } });
    if (!current) throw notFound(`There is no target with id "${id}".`);
    await tx.target.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.id, action: "delete", entity: "target", entityId: id, before: toAdminTarget(current) });
  });
}
