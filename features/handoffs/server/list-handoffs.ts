import "server-only";
import { Prisma } from "@prisma/client";
import { badRequest, forbidden } from "@/lib/api/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getSetting } from "@/features/settings/server/settings";
import type { HandoffList, ListQuery } from "@/features/handoffs/contract";
import { INCLUDE, STATUS_WHERE, toItem } from "./handoff-item";
import { slaOverdueSql } from "./sla-sql";

/**
 * The team a user's inbox reads: a sales user's own team (asking for another is refused), any
 * team or all of them for admin and marketing. Undefined = a sales user without a team.
 */
async function scopeFor(user: CurrentUser, team: string | undefined): Promise<{ id: string; name: string } | null | undefined> {
  if (user.role === "sales") {
    if (team && team !== user.teamId) throw forbidden("Sales users see the handoffs of their own team only.");
    if (!user.teamId) return undefined;
    team = user.teamId;
  }
  if (!team) return null;
  const found = await db().team.findUnique({ where: { id: team }, select: { id: true, name: true } });
  if (!found) throw badRequest(`Invalid team: no team "${team}"`, [{ field: "team", message: `no team "${team}"` }]);
  return found;
}

type Totals = { all: number; open: number; accepted: number; rejected: number; breaches: number; open_breaches: number };

/** GET /api/v1/handoffs: one page of the inbox, the count of each status and the overdue ones. */
export async function listHandoffs(user: CurrentUser, query: ListQuery, now = new Date()): Promise<HandoffList> {
  const [scope, slaHours] = await Promise.all([scopeFor(user, query.team), getSetting("followUpSlaHours")]);
  const base = { status: query.status, page: query.page, pageSize: query.pageSize, slaHours, now: now.toISOString() };
  if (scope === undefined) {
    const zero = { all: 0, open: 0, accepted: 0, rejected: 0 };
    return { ...base, team: null, noTeam: true, total: 0, totals: zero, breaches: 0, openBreaches: 0, handoffs: [] };
  }

  const teamSql = scope ? Prisma.sql`h.team_id = ${scope.id}` : Prisma.sql`TRUE`;
  // The inbox's breaches are the overdue ones: still without a follow-up past the SLA.
  const overdue = slaOverdueSql({ alias: "h", hours: slaHours, now });
  const isOpen = Prisma.sql`h.accepted_at IS NULL AND h.rejected_at IS NULL`;
  const [totals] = await db().$queryRaw<[Totals]>`
    SELECT count(*)::int AS "all",
           count(*) FILTER (WHERE ${isOpen})::int AS open,
           count(*) FILTER (WHERE h.accepted_at IS NOT NULL)::int AS accepted,
           count(*) FILTER (WHERE h.accepted_at IS NULL AND h.rejected_at IS NOT NULL)::int AS rejected,
           count(*) FILTER (WHERE ${overdue})::int AS breaches,
           count(*) FILTER (WHERE ${isOpen} AND ${overdue})::int AS open_breaches
      FROM handoffs h WHERE ${teamSql}`;

  const where: Prisma.HandoffWhereInput = { ...(scope ? { teamId: scope.id } : {}), ...(query.status === "all" ? {} : STATUS_WHERE[query.status]) };
  const rows = await db().handoff.findMany({
    where,
    include: INCLUDE,
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  const { breaches, open_breaches: openBreaches, ...counts } = totals;
  return {
    ...base,
    team: scope,
    noTeam: false,
    total: counts[query.status],
    totals: counts,
    breaches,
    openBreaches,
    handoffs: rows.map((row) => toItem(row, slaHours, now)),
  };
}
