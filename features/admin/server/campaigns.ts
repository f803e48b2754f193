import type { Campaign } from "@prisma/client";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { CHANNELS } from "@/lib/enums";
import { assertUnreferenced, checkPeriod, displayName, duplicate, fromDate, optionalDate, recordId, toDate } from "./shared";

const channel = z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(", ")}` });

export const campaignCreate = z
  .strictObject({ id: recordId, name: displayName, channel, starts_on: optionalDate.optional(), ends_on: optionalDate.optional() })
  .superRefine((v, ctx) => {
    if (v.starts_on && v.ends_on && v.ends_on < v.starts_on) ctx.addIssue({ code: "custom", path: ["ends_on"], message: "must not be before starts_on" });
  });
export const campaignUpdate = z
  .strictObject({ name: displayName, channel, starts_on: optionalDate, ends_on: optionalDate })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "name at least one field to change");

export type AdminCampaign = { id: string; name: string; channel: (typeof CHANNELS)[number]; starts_on: string | null; ends_on: string | null };

function toAdminCampaign(c: Campaign): AdminCampaign {
  return { id: c.id, name: c.name, channel: c.channel, starts_on: fromDate(c.startsOn), ends_on: fromDate(c.endsOn) };
}

const dateOrNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : toDate(value));

export async function listCampaigns(): Promise<AdminCampaign[]> {
  return (await db().campaign.findMany({ orderBy: { name: "asc" } })).map(toAdminCampaign);
}

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
    checkPeriod(input.starts_on === undefined ? before.starts_on : input.starts_on, input.ends_on === undefined ? before.ends_on : input.ends_on, "ends_on", "starts_on");
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
    const current = await tx.campaign.findUnique({ where: { id }, include: { _count: { select: { spend: true, leads: true, opportunities: true, customers: true } } } });
    if (!current) throw notFound(`There is no campaign with id "${id}".`);
    assertUnreferenced(`Campaign "${current.name}" (${id})`, current._count, { spend: "spend rows" });
    await tx.campaign.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.id, action: "delete", entity: "campaign", entityId: id, before: toAdminCampaign(current) });
  });
}
