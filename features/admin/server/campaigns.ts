import "server-only";
import type { Campaign } from "@prisma/client";
import type { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { AdminCampaign, campaignCreate, campaignUpdate } from "@/features/admin/contract";
import { assertUnreferenced, checkPeriod, duplicate, fromDate, toDate } from "./shared";

function toAdminCampaign(c: Campaign): AdminCampaign {
  return { id: c.id, name: c.name, channel: c.channel, starts_on: fromDate(c.startsOn), ends_on: fromDate(c.endsOn) };
}

const dateOrNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : toDate(value));

export async function getCampaign(id: string): Promise<AdminCampaign> {
  const campaign = await db().campaign.findUnique({ where: { id } });
  if (!campaign) throw notFound(`There is no campaign with id "${id}".`);
  return toAdminCampaign(campaign);
}

export async function createCampaign(actor: CurrentUser, input: z.output<typeof campaignCreate>): Promise<AdminCampaign> {
  return db().$transaction(async (tx) => {
    if (await tx.campaign.findUnique({ where: { id: input.id }, select: { id: true } })) {
      throw duplicate("id", `A campaign with id "${input.id}" already exists.`);
    }
    const created = await tx.campaign.create({
      data: { id: input.id, name: input.name, channel: input.channel, startsOn: dateOrNull(input.starts_on), endsOn: dateOrNull(input.ends_on) },
    });
    const campaign = toAdminCampaign(created);
    await recordAudit(tx, { userId: actor.id, action: "create", entity: "campaign", entityId: campaign.id, after: campaign });
    return campaign;
  });
}

export async function updateCampaign(actor: CurrentUser, id: string, input: z.output<typeof campaignUpdate>): Promise<AdminCampaign> {
  return db().$transaction(async (tx) => {
    const current = await tx.campaign.findUnique({ where: { id } });
    if (!current) throw notFound(`There is no campaign with id "${id}".`);
    const before = toAdminCampaign(current);
    // A change of one date is checked against the other one as stored.
    checkPeriod(
      input.starts_on === undefined ? before.starts_on : input.starts_on,
      input.ends_on === undefined ? before.ends_on : input.ends_on,
      "ends_on",
      "starts_on",
    );
    const updated = await tx.campaign.update({
      where: { id },
      data: { name: input.name, channel: input.channel, startsOn: dateOrNull(input.starts_on), endsOn: dateOrNull(input.ends_on) },
    });
    const campaign = toAdminCampaign(updated);
    await recordAudit(tx, { userId: actor.id, action: "update", entity: "campaign", entityId: id, before, after: campaign });
    return campaign;
  });
}

export async function deleteCampaign(actor: CurrentUser, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.campaign.findUnique({
      where: { id },
      include: { _count: { select: { spend: true, leads: true, opportunities: true, customers: true } } },
    });
    if (!current) throw notFound(`There is no campaign with id "${id}".`);
    assertUnreferenced(`Campaign "${current.name}" (${id})`, current._count, { spend: "spend rows" });
    await tx.campaign.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.id, action: "delete", entity: "campaign", entityId: id, before: toAdminCampaign(current) });
  });
}
