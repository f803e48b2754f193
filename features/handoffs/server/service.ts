import { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit";
import { badRequest, conflict, forbidden, notFound } from "@/lib/api/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getSetting } from "@/lib/settings";
import { REJECTION_REASONS, type HandoffItem, type HandoffList, type HandoffStatus, type ListQuery, type RejectionReason } from "@/features/handoffs/contract";
import { slaClock } from "@/features/handoffs/sla";

const INCLUDE = {
  team: { select: { id: true, name: true } },
  lead: { select: { id: true, email: true, company: true, score: true, source: true, channel: true, mqlAt: true, campaign: { select: { id: true, name: true } } } },
} as const satisfies Prisma.HandoffInclude;

type Row = Prisma.HandoffGetPayload<{ include: typeof INCLUDE }>;

/** An accepted handoff stays accepted even if imported data also carries a rejection. */
export function statusOf(h: { acceptedAt: Date | null; rejectedAt: Date | null }): HandoffStatus {
  return h.acceptedAt ? "accepted" : h.rejectedAt ? "rejected" : "open";
}

const STATUS_WHERE: Record<HandoffStatus, Prisma.HandoffWhereInput> = {
  open: { acceptedAt: null, rejectedAt: null },
  accepted: { acceptedAt: { not: null } },
  rejected: { acceptedAt: null, rejectedAt: { not: null } },
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toItem(row: Row, slaHours: number, now: Date): HandoffItem {
  return {
    id: row.id,
    version: row.version,
    status: statusOf(row),
    team: row.team,
    sentAt: row.sentAt.toISOString(),
    acceptedAt: iso(row.acceptedAt),
    rejectedAt: iso(row.rejectedAt),
    rejectionReason: row.rejectionReason,
    firstFollowUpAt: iso(row.firstFollowUpAt),
    lead: { ...row.lead, mqlAt: iso(row.lead.mqlAt) },
    sla: slaClock(row, slaHours, now),
  };
}

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

export async function listHandoffs(user: CurrentUser, query: ListQuery, now = new Date()): Promise<HandoffList> {
  const [scope, slaHours] = await Promise.all([scopeFor(user, query.team), getSetting("followUpSlaHours")]);
  const base = { status: query.status, page: query.page, pageSize: query.pageSize, slaHours, now: now.toISOString() };
  if (scope === undefined) {
    const zero = { all: 0, open: 0, accepted: 0, rejected: 0 };
    return { ...base, team: null, noTeam: true, total: 0, totals: zero, breaches: 0, openBreaches: 0, handoffs: [] };
  }

  const teamSql = scope ? Prisma.sql`team_id = ${scope.id}` : Prisma.sql`TRUE`;
  // Rejected handoffs need no follow-up: their clock stops (as in the Teams report's breaches).
  const overdue = Prisma.sql`first_follow_up_at IS NULL AND (rejected_at IS NULL OR accepted_at IS NOT NULL) AND sent_at + ${slaHours}::float8 * interval '1 hour' < ${now}`;
  const isOpen = Prisma.sql`accepted_at IS NULL AND rejected_at IS NULL`;
  const [totals] = await db().$queryRaw<Totals[]>`
    SELECT count(*)::int AS "all",
           count(*) FILTER (WHERE ${isOpen})::int AS open,
           count(*) FILTER (WHERE accepted_at IS NOT NULL)::int AS accepted,
           count(*) FILTER (WHERE accepted_at IS NULL AND rejected_at IS NOT NULL)::int AS rejected,
           count(*) FILTER (WHERE ${overdue})::int AS breaches,
           count(*) FILTER (WHERE ${isOpen} AND ${overdue})::int AS open_breaches
      FROM handoffs WHERE ${teamSql}`;

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

type Action = { kind: "accept" } | { kind: "reject"; reason: RejectionReason } | { kind: "follow_up" };

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Why an action cannot apply to the handoff as it is now; null when it can. */
function refusal(row: Row, action: Action): string | null {
  if (action.kind === "follow_up") {
    return row.firstFollowUpAt ? `This handoff was already followed up on ${when(row.firstFollowUpAt)}; the first follow-up is kept.` : null;
  }
  if (row.acceptedAt) {
    return action.kind === "accept"
      ? `This handoff was already accepted on ${when(row.acceptedAt)}.`
      : `This handoff was accepted on ${when(row.acceptedAt)}; an accepted handoff cannot be rejected.`;
  }
  if (row.rejectedAt) {
    const reason = row.rejectionReason ? ` (${REJECTION_REASONS[row.rejectionReason as RejectionReason] ?? row.rejectionReason})` : "";
    return action.kind === "reject"
      ? `This handoff was already rejected on ${when(row.rejectedAt)}${reason}.`
      : `This handoff was rejected on ${when(row.rejectedAt)}${reason}; a rejected handoff cannot be accepted. Ask marketing to hand the lead over again.`;
  }
  return null;
}

function changes(action: Action, now: Date): Prisma.HandoffUpdateManyMutationInput {
  if (action.kind === "accept") return { acceptedAt: now };
  if (action.kind === "reject") return { rejectedAt: now, rejectionReason: action.reason };
  return { firstFollowUpAt: now };
}

const audited = (row: Row) => ({
  version: row.version,
  acceptedAt: row.acceptedAt,
  rejectedAt: row.rejectedAt,
  rejectionReason: row.rejectionReason,
  firstFollowUpAt: row.firstFollowUpAt,
});

/**
 * Accept, reject or mark a handoff followed up: checks the user's team, the version the user
 * read and the state transition, stamps the time on the server and audits, in one transaction.
 * Decisions are final (no undo): an accepted handoff cannot be rejected and the reverse.
 */
export async function actOnHandoff(user: CurrentUser, id: string, version: number, action: Action, now = new Date()): Promise<HandoffItem> {
  const slaHours = await getSetting("followUpSlaHours");
  return db().$transaction(async (tx) => {
    const row = await tx.handoff.findUnique({ where: { id }, include: INCLUDE });
    if (!row) throw notFound(`No handoff "${id}".`);
    if (user.role === "sales" && row.teamId !== user.teamId) {
      throw forbidden(user.teamId ? "This handoff belongs to another team; sales users update their own team's handoffs only." : "You are in no sales team yet; ask an admin to add you to one.");
    }
    const current = toItem(row, slaHours, now);
    if (row.version !== version) {
      throw conflict(`This handoff changed since you loaded it (it is now ${current.status}, version ${row.version}). Reload and try again.`, { reason: "stale_version", handoff: current });
    }
    const refused = refusal(row, action);
    if (refused) throw conflict(refused, { reason: "invalid_transition", handoff: current });

    // The version in the filter makes a concurrent change lose cleanly instead of overwriting.
    const { count } = await tx.handoff.updateMany({ where: { id, version }, data: { ...changes(action, now), version: { increment: 1 } } });
    if (count === 0) throw conflict("This handoff changed while you were saving. Reload and try again.", { reason: "stale_version", handoff: current });
    const updated = await tx.handoff.findUniqueOrThrow({ where: { id }, include: INCLUDE });
    await recordAudit(tx, { userId: user.id, action: action.kind, entity: "handoff", entityId: id, before: audited(row), after: audited(updated) });
    return toItem(updated, slaHours, now);
  });
}
