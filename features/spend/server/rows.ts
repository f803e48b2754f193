import "server-only";
import { Prisma } from "@prisma/client";
import { badRequest, conflict, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type {
  SpendConflictDetails,
  SpendCreate,
  SpendDuplicateDetails,
  SpendListQuery,
  SpendListResponse,
  SpendPatch,
  SpendRow,
} from "@/features/spend/contract";
import { day, lockCampaigns, toSpendRow, unknownCampaign, withCampaign, type SpendRecord, type Tx } from "./records";

/** A second row of the same campaign for exactly the same period would count the money twice. */
async function assertNoDuplicate(tx: Tx, row: { campaignId: string; periodStart: string; periodEnd: string }, exceptId?: string) {
  const duplicate = await tx.spend.findFirst({
    where: { campaignId: row.campaignId, periodStart: day(row.periodStart), periodEnd: day(row.periodEnd), ...(exceptId ? { id: { not: exceptId } } : {}) },
    include: withCampaign,
  });
  if (duplicate) {
    const details: SpendDuplicateDetails = { field: "period_start", existing: toSpendRow(duplicate) };
    throw conflict(`This campaign already has a spend row for ${row.periodStart} to ${row.periodEnd}; change that row instead.`, details);
  }
}

function staleVersion(current: SpendRecord | null, sent: number): never {
  if (!current) throw notFound("This spend row does not exist (it may have been deleted by someone else).");
  const details: SpendConflictDetails = { field: "version", current: toSpendRow(current) };
  throw conflict(`This spend row was changed by someone else since you read it (it is at version ${current.version}, you sent ${sent}).`, details);
}

export async function listSpend(query: SpendListQuery): Promise<SpendListResponse> {
  if (query.campaign && !(await db().campaign.findUnique({ where: { id: query.campaign }, select: { id: true } }))) {
    throw unknownCampaign(query.campaign, "campaign");
  }
  // Rows overlapping the period, as the spend KPI counts them.
  const where: Prisma.SpendWhereInput = {
    ...(query.campaign ? { campaignId: query.campaign } : {}),
    ...(query.to ? { periodStart: { lte: day(query.to) } } : {}),
    ...(query.from ? { periodEnd: { gte: day(query.from) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().spend.findMany({
      where,
      include: withCampaign,
      orderBy: [{ periodStart: "desc" }, { periodEnd: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().spend.count({ where }),
  ]);
  return { spend: rows.map(toSpendRow), page: query.page, pageSize: query.pageSize, total };
}

export async function getSpend(id: string): Promise<SpendRow> {
  const row = await db().spend.findUnique({ where: { id }, include: withCampaign });
  if (!row) throw notFound("This spend row does not exist.");
  return toSpendRow(row);
}

export async function createSpend(input: SpendCreate, user: CurrentUser): Promise<SpendRow> {
  return db().$transaction(async (tx) => {
    if (!(await lockCampaigns(tx, [input.campaign_id])).has(input.campaign_id)) throw unknownCampaign(input.campaign_id);
    await assertNoDuplicate(tx, { campaignId: input.campaign_id, periodStart: input.period_start, periodEnd: input.period_end });
    const created = await tx.spend.create({
      data: {
        campaignId: input.campaign_id,
        periodStart: day(input.period_start),
        periodEnd: day(input.period_end),
        amount: new Prisma.Decimal(input.amount),
        note: input.note,
        enteredBy: user.email,
      },
      include: withCampaign,
    });
    const after = toSpendRow(created);
    await recordAudit(tx, { userId: user.id, action: "create", entity: "spend", entityId: created.id, after });
    return after;
  });
}

export async function updateSpend(id: string, input: SpendPatch, user: CurrentUser): Promise<SpendRow> {
  return db().$transaction(async (tx) => {
    const current = await tx.spend.findUnique({ where: { id }, include: withCampaign });
    if (!current || current.version !== input.version) staleVersion(current, input.version);
    const before = toSpendRow(current);
    const next = {
      campaignId: input.campaign_id ?? before.campaign_id,
      periodStart: input.period_start ?? before.period_start,
      periodEnd: input.period_end ?? before.period_end,
    };
    if (next.periodEnd < next.periodStart) {
      throw badRequest("Invalid period_end: must not be before period start", [{ field: "period_end", message: "must not be before period start" }]);
    }
    const locked = await lockCampaigns(tx, [before.campaign_id, next.campaignId]);
    if (!locked.has(next.campaignId)) throw unknownCampaign(next.campaignId);
    await assertNoDuplicate(tx, next, id);
    // The version in the WHERE makes the check and the write one step: of two PATCHes that read
    // the same version, the second finds no row once the first commits.
    const { count } = await tx.spend.updateMany({
      where: { id, version: input.version },
      data: {
        campaignId: next.campaignId,
        periodStart: day(next.periodStart),
        periodEnd: day(next.periodEnd),
        ...(input.amount !== undefined ? { amount: new Prisma.Decimal(input.amount) } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        enteredBy: user.email,
        enteredAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) staleVersion(await tx.spend.findUnique({ where: { id }, include: withCampaign }), input.version);
    const after = toSpendRow(await tx.spend.findUniqueOrThrow({ where: { id }, include: withCampaign }));
    await recordAudit(tx, { userId: user.id, action: "update", entity: "spend", entityId: id, before, after });
    return after;
  });
}

export async function deleteSpend(id: string, version: number, user: CurrentUser): Promise<{ deleted: SpendRow }> {
  return db().$transaction(async (tx) => {
    const current = await tx.spend.findUnique({ where: { id }, include: withCampaign });
    if (!current || current.version !== version) staleVersion(current, version);
    await lockCampaigns(tx, [current.campaignId]);
    const { count } = await tx.spend.deleteMany({ where: { id, version } });
    if (count === 0) staleVersion(await tx.spend.findUnique({ where: { id }, include: withCampaign }), version);
    const before = toSpendRow(current);
    await recordAudit(tx, { userId: user.id, action: "delete", entity: "spend", entityId: id, before });
    return { deleted: before };
  });
}
