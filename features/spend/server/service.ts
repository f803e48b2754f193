import { Prisma, type Spend } from "@prisma/client";
import { badRequest, conflict, notFound } from "@/lib/api/errors";
import { auditHistory, recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formatDate, parseDate } from "@/lib/dates";
import { sameAmount } from "@/features/spend/amount";
import {
  spendRowSchema,
  type MonthConflictDetails,
  type MonthResponse,
  type MonthSave,
  type MonthSaveResponse,
  type SpendConflictDetails,
  type SpendCreate,
  type SpendHistoryEntry,
  type SpendHistoryResponse,
  type SpendListQuery,
  type SpendListResponse,
  type SpendPatch,
  type SpendRow,
} from "@/features/spend/contract";

type Tx = Prisma.TransactionClient;
type SpendRecord = Spend & { campaign?: { name: string } | null };

const day = (value: string) => new Date(parseDate(value));
const text = (value: Date) => formatDate(value.getTime());

export function toSpendRow(record: SpendRecord): SpendRow {
  return spendRowSchema.parse({
    id: record.id,
    campaign_id: record.campaignId,
    campaign_name: record.campaign?.name ?? null,
    period_start: text(record.periodStart),
    period_end: text(record.periodEnd),
    amount: record.amount.toFixed(2),
    note: record.note,
    entered_by: record.enteredBy,
    entered_at: record.enteredAt.toISOString(),
    version: record.version,
  });
}

const withCampaign = { campaign: { select: { name: true } } } as const;

/** The first and last day of a month "YYYY-MM". */
export function monthPeriod(month: string): { start: string; end: string } {
  const [year, mon] = month.split("-").map(Number);
  return { start: formatDate(Date.UTC(year, mon - 1, 1)), end: formatDate(Date.UTC(year, mon, 0)) };
}

/**
 * Locks the campaigns' rows (in id order, so two writers never deadlock) for the rest of the
 * transaction: spend writers of one campaign take turns, which keeps the duplicate check below
 * honest. NO KEY UPDATE does not block imports, whose foreign-key checks take KEY SHARE.
 * Answers the ids that exist.
 */
async function lockCampaigns(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const sorted = [...new Set(ids)].sort();
  const found = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM campaigns WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR NO KEY UPDATE`,
  );
  return new Set(found.map((row) => row.id));
}

const unknownCampaign = (id: string, field = "campaign_id") =>
  badRequest(`Unknown campaign "${id}"`, [{ field, message: "no campaign has this id" }]);

/** A second row of the same campaign for exactly the same period would count the money twice. */
async function assertNoDuplicate(tx: Tx, row: { campaignId: string; periodStart: string; periodEnd: string }, exceptId?: string) {
  const duplicate = await tx.spend.findFirst({
    where: { campaignId: row.campaignId, periodStart: day(row.periodStart), periodEnd: day(row.periodEnd), ...(exceptId ? { id: { not: exceptId } } : {}) },
    include: withCampaign,
  });
  if (duplicate) {
    throw conflict(`This campaign already has a spend row for ${row.periodStart} to ${row.periodEnd}; change that row instead.`, {
      field: "period_start",
      existing: toSpendRow(duplicate),
    });
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
      throw badRequest("Invalid period_end: must not be before period_start", [{ field: "period_end", message: "must not be before period_start" }]);
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

/** Every audited change to the campaign's spend rows, deleted rows included, newest first. */
export async function spendHistory(campaignId: string): Promise<SpendHistoryResponse> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { id: true, name: true } });
  if (!campaign) throw unknownCampaign(campaignId, "campaign");
  // The snapshots carry campaign_id; a row moved between campaigns shows in the history of both.
  const ids = await db().$queryRaw<{ entity_id: string }[]>(Prisma.sql`
    SELECT DISTINCT entity_id FROM audit_log
    WHERE entity = 'spend' AND (after ->> 'campaign_id' = ${campaignId} OR before ->> 'campaign_id' = ${campaignId})`);
  const entries = ids.length ? await auditHistory("spend", ids.map((row) => row.entity_id)) : [];
  return {
    campaign,
    entries: entries.map(
      (entry): SpendHistoryEntry => ({
        id: entry.id,
        at: entry.at,
        action: entry.action,
        spend_id: entry.entityId,
        user: entry.user,
        before: (entry.before as SpendRow | null) ?? null,
        after: (entry.after as SpendRow | null) ?? null,
      }),
    ),
  };
}

/** The whole-month row per campaign: the oldest one when an import left two. */
function wholeMonthRows(rows: SpendRecord[]): Map<string, SpendRecord> {
  const byCampaign = new Map<string, SpendRecord>();
  for (const row of rows) if (!byCampaign.has(row.campaignId)) byCampaign.set(row.campaignId, row);
  return byCampaign;
}

const wholeMonthOrder: Prisma.SpendOrderByWithRelationInput[] = [{ enteredAt: "asc" }, { id: "asc" }];

export async function monthSpend(month: string): Promise<MonthResponse> {
  const { start, end } = monthPeriod(month);
  const [campaigns, whole, overlapping] = await Promise.all([
    db().campaign.findMany({ select: { id: true, name: true, channel: true }, orderBy: { name: "asc" } }),
    db().spend.findMany({ where: { periodStart: day(start), periodEnd: day(end) }, include: withCampaign, orderBy: wholeMonthOrder }),
    db().spend.groupBy({ by: ["campaignId"], where: { periodStart: { lte: day(end) }, periodEnd: { gte: day(start) } }, _count: { _all: true } }),
  ]);
  const rows = wholeMonthRows(whole);
  const counts = new Map(overlapping.map((group) => [group.campaignId, group._count._all]));
  return {
    month,
    period_start: start,
    period_end: end,
    campaigns: campaigns.map((campaign) => {
      const row = rows.get(campaign.id);
      return {
        campaign_id: campaign.id,
        campaign_name: campaign.name,
        channel: campaign.channel,
        row: row ? toSpendRow(row) : null,
        other_rows: (counts.get(campaign.id) ?? 0) - (row ? 1 : 0),
      };
    }),
  };
}

/**
 * Saves the month view in one transaction: one whole-month row per campaign is created or
 * updated. A version that no longer matches (changed, created or deleted by someone else since
 * the view was read) fails the whole save with 409 and every conflict listed.
 */
export async function saveMonth(input: MonthSave, user: CurrentUser): Promise<MonthSaveResponse> {
  const { start, end } = monthPeriod(input.month);
  return db().$transaction(async (tx) => {
    const ids = input.rows.map((row) => row.campaign_id);
    const known = await lockCampaigns(tx, ids);
    const unknown = input.rows.flatMap((row, index) => (known.has(row.campaign_id) ? [] : [{ field: `rows.${index}.campaign_id`, message: `no campaign has the id "${row.campaign_id}"` }]));
    if (unknown.length) throw badRequest(`Unknown campaign in ${unknown[0].field}: ${unknown[0].message}`, unknown);

    const existing = wholeMonthRows(
      ids.length
        ? await tx.spend.findMany({ where: { campaignId: { in: ids }, periodStart: day(start), periodEnd: day(end) }, include: withCampaign, orderBy: wholeMonthOrder })
        : [],
    );
    const conflicts: MonthConflictDetails["conflicts"] = [];
    input.rows.forEach((row, index) => {
      const current = existing.get(row.campaign_id);
      if ((current?.version ?? null) !== (row.version ?? null)) {
        conflicts.push({ field: `rows.${index}.version`, campaign_id: row.campaign_id, current: current ? toSpendRow(current) : null });
      }
    });
    if (conflicts.length) {
      const details: MonthConflictDetails = { conflicts };
      throw conflict(`${conflicts.length} campaign${conflicts.length === 1 ? "'s" : "s'"} spend for ${input.month} changed since you opened the month; nothing was saved.`, details);
    }

    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const saved: SpendRow[] = [];
    for (const [index, row] of input.rows.entries()) {
      const current = existing.get(row.campaign_id);
      if (current && sameAmount(current.amount.toFixed(2), row.amount)) {
        unchanged++;
        saved.push(toSpendRow(current));
        continue;
      }
      if (current) {
        // Writers of this campaign hold its lock, but a plain delete could still slip in.
        const { count } = await tx.spend.updateMany({
          where: { id: current.id, version: current.version },
          data: { amount: new Prisma.Decimal(row.amount), enteredBy: user.email, enteredAt: new Date(), version: { increment: 1 } },
        });
        if (count === 0) {
          const details: MonthConflictDetails = { conflicts: [{ field: `rows.${index}.version`, campaign_id: row.campaign_id, current: null }] };
          throw conflict(`The spend of campaign "${row.campaign_id}" for ${input.month} was deleted while saving; nothing was saved.`, details);
        }
        const after = toSpendRow(await tx.spend.findUniqueOrThrow({ where: { id: current.id }, include: withCampaign }));
        await recordAudit(tx, { userId: user.id, action: "update", entity: "spend", entityId: current.id, before: toSpendRow(current), after });
        updated++;
        saved.push(after);
      } else {
        const after = toSpendRow(
          await tx.spend.create({
            data: { campaignId: row.campaign_id, periodStart: day(start), periodEnd: day(end), amount: new Prisma.Decimal(row.amount), enteredBy: user.email },
            include: withCampaign,
          }),
        );
        await recordAudit(tx, { userId: user.id, action: "create", entity: "spend", entityId: after.id, after });
        created++;
        saved.push(after);
      }
    }
    return { month: input.month, period_start: start, period_end: end, created, updated, unchanged, rows: saved };
  }, { timeout: 30_000 });
}
