import "server-only";
import { Prisma, type Spend } from "@prisma/client";
import { badRequest } from "@/lib/api/errors";
import { formatDate, parseDate } from "@/lib/dates";
import type { SpendRow } from "@/features/spend/contract";

export type Tx = Prisma.TransactionClient;
export type SpendRecord = Spend & { campaign?: { name: string } | null };

export const withCampaign = { campaign: { select: { name: true } } } as const;

/** A calendar date as the Date Prisma stores in a `date` column. */
export const day = (value: string) => new Date(parseDate(value));

/** A spend record as the API answers it and the audit log keeps it. */
export function toSpendRow(record: SpendRecord): SpendRow {
  return {
    id: record.id,
    campaign_id: record.campaignId,
    campaign_name: record.campaign?.name ?? null,
    period_start: formatDate(record.periodStart.getTime()),
    period_end: formatDate(record.periodEnd.getTime()),
    amount: record.amount.toFixed(2),
    note: record.note,
    entered_by: record.enteredBy,
    entered_at: record.enteredAt.toISOString(),
    version: record.version,
  };
}

/**
 * Locks the campaigns' rows (in id order, so two writers never deadlock) for the rest of the
 * transaction: spend writers of one campaign take turns, which keeps the duplicate check
 * honest. NO KEY UPDATE does not block imports, whose foreign-key checks take KEY SHARE.
 * Answers the ids that exist.
 */
export async function lockCampaigns(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const sorted = [...new Set(ids)].sort();
  const found = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM campaigns WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR NO KEY UPDATE`);
  return new Set(found.map((row) => row.id));
}

export const unknownCampaign = (id: string, field = "campaign_id") => badRequest(`Unknown campaign "${id}"`, [{ field, message: "no campaign has this id" }]);
