import "server-only";
import { Prisma } from "@prisma/client";
import { badRequest, conflict } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/dates";
import { sameAmount } from "@/features/spend/amount";
import type { MonthConflictDetails, MonthResponse, MonthSave, MonthSaveResponse, SpendRow } from "@/features/spend/contract";
import { day, lockCampaigns, toSpendRow, withCampaign, type SpendRecord } from "./records";

/** The first and last day of a month "YYYY-MM". */
export function monthPeriod(month: string): { start: string; end: string } {
  const year = Number(month.slice(0, 4));
  const mon = Number(month.slice(5, 7));
  return { start: formatDate(Date.UTC(year, mon - 1, 1)), end: formatDate(Date.UTC(year, mon, 0)) };
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
  return db().$transaction(
    async (tx) => {
      const ids = input.rows.map((row) => row.campaign_id);
      const known = await lockCampaigns(tx, ids);
      const unknown = input.rows.flatMap((row, index) =>
        known.has(row.campaign_id) ? [] : [{ field: `rows.${index}.campaign_id`, message: `no campaign has the id "${row.campaign_id}"` }],
      );
      const [first] = unknown;
      if (first) throw badRequest(`Unknown campaign in ${first.field}: ${first.message}`, unknown);

      const existing = wholeMonthRows(
        ids.length
          ? await tx.spend.findMany({
              where: { campaignId: { in: ids }, periodStart: day(start), periodEnd: day(end) },
              include: withCampaign,
              orderBy: wholeMonthOrder,
            })
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
        throw conflict(
          `${conflicts.length} campaign${conflicts.length === 1 ? "'s" : "s'"} spend for ${input.month} changed since you opened the month; nothing was saved.`,
          details,
        );
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
              data: {
                campaignId: row.campaign_id,
                periodStart: day(start),
                periodEnd: day(end),
                amount: new Prisma.Decimal(row.amount),
                enteredBy: user.email,
              },
              include: withCampaign,
            }),
          );
          await recordAudit(tx, { userId: user.id, action: "create", entity: "spend", entityId: after.id, after });
          created++;
          saved.push(after);
        }
      }
      return { month: input.month, period_start: start, period_end: end, created, updated, unchanged, rows: saved };
    },
    { timeout: 30_000 },
  );
}
