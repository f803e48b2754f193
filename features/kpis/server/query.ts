import "server-only";
import { badRequest } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import type { Filters, ReadingQuery } from "@/features/kpis/contract-shared";

/** The filters of a query, after checking that the campaign and team they name exist. */
export async function checkedFilters(query: Pick<ReadingQuery, "channel" | "campaign" | "team">): Promise<Filters> {
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
