import { z } from "zod";
import { badRequest } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import type { Filters } from "./measures";
import { isoDate } from "@/lib/dates";

export const CHANNELS = ["paid_search", "paid_social", "organic_search", "email", "events", "content", "referral", "partner", "outbound", "other"] as const;

const optionalText = z.string().trim().min(1).max(200).optional();

const readingShape = {
  from: isoDate,
  to: isoDate,
  channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(", ")}` }).optional(),
  campaign: optionalText,
  team: optionalText,
};

/** from, to and the filters of every reading endpoint (docs/api.md "Reading"), plus its own params. */
export function readingQuery<T extends z.ZodRawShape = Record<never, never>>(extra?: T) {
  return z
    .object({ ...readingShape, ...(extra as T) })
    .refine((q) => (q as ReadingQuery).from <= (q as ReadingQuery).to, { message: "must not be after `to`", path: ["from"] });
}

export type ReadingQuery = { from: string; to: string; channel?: string; campaign?: string; team?: string };

export const compareParam = z.enum(["previous"], { message: "must be `previous` or absent" }).optional();
export const pageParams = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(50),
};

/** The filters of a query, after checking that the campaign and team they name exist. */
export async function checkedFilters(query: ReadingQuery): Promise<Filters> {
  const [campaign, team] = await Promise.all([
    query.campaign ? db().campaign.findUnique({ where: { id: query.campaign }, select: { id: true } }) : null,
    query.team ? db().team.findUnique({ where: { id: query.team }, select: { id: true } }) : null,
  ]);
  if (query.campaign && !campaign) throw badRequest(`Unknown campaign "${query.campaign}"`, [{ field: "campaign", message: "no campaign has this id" }]);
  if (query.team && !team) throw badRequest(`Unknown team "${query.team}"`, [{ field: "team", message: "no team has this id" }]);
  const filters: Filters = {};
  if (query.channel) filters.channel = query.channel;
  if (query.campaign) filters.campaign = query.campaign;
  if (query.team) filters.team = query.team;
  return filters;
}
