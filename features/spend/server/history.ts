import "server-only";
import { Prisma } from "@prisma/client";
import { auditHistory } from "@/lib/audit";
import { db } from "@/lib/db/client";
import type { SpendHistoryEntry, SpendHistoryResponse, SpendRow } from "@/features/spend/contract";
import { unknownCampaign } from "./records";

/** Every audited change to the campaign's spend rows, deleted rows included, newest first. */
export async function spendHistory(campaignId: string): Promise<SpendHistoryResponse> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { id: true, name: true } });
  if (!campaign) throw unknownCampaign(campaignId, "campaign");
  // The snapshots carry campaign_id; a row moved between campaigns shows in the history of both.
  const ids = await db().$queryRaw<{ entity_id: string }[]>(Prisma.sql`
    SELECT DISTINCT entity_id FROM audit_log
    WHERE entity = 'spend' AND (after ->> 'campaign_id' = ${campaignId} OR before ->> 'campaign_id' = ${campaignId})`);
  const entries = ids.length
    ? await auditHistory(
        "spend",
        ids.map((row) => row.entity_id),
      )
    : [];
  return {
    campaign,
    entries: entries.map((entry): SpendHistoryEntry => ({
      id: entry.id,
      at: entry.at,
      action: entry.action,
      spend_id: entry.entityId,
      user: entry.user,
      before: (entry.before as SpendRow | null) ?? null,
      after: (entry.after as SpendRow | null) ?? null,
    })),
  };
}
