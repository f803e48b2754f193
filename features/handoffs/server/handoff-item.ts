import "server-only";
import type { Prisma } from "@prisma/client";
import type { HandoffItem, HandoffStatus } from "@/features/handoffs/contract";
import { slaClock } from "@/features/handoffs/sla";

/** What an inbox card shows besides the handoff: its team and the lead's MQL reason. */
export const INCLUDE = {
  team: { select: { id: true, name: true } },
  lead: {
    select: { id: true, email: true, company: true, score: true, source: true, channel: true, mqlAt: true, campaign: { select: { id: true, name: true } } },
  },
} as const satisfies Prisma.HandoffInclude;

export type HandoffRow = Prisma.HandoffGetPayload<{ include: typeof INCLUDE }>;

/** An accepted handoff stays accepted even if imported data also carries a rejection. */
export function statusOf(h: { acceptedAt: Date | null; rejectedAt: Date | null }): HandoffStatus {
  return h.acceptedAt ? "accepted" : h.rejectedAt ? "rejected" : "open";
}

/** The Prisma filter of each status, the same split as statusOf. */
export const STATUS_WHERE: Record<HandoffStatus, Prisma.HandoffWhereInput> = {
  open: { acceptedAt: null, rejectedAt: null },
  accepted: { acceptedAt: { not: null } },
  rejected: { acceptedAt: null, rejectedAt: { not: null } },
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toItem(row: HandoffRow, slaHours: number, now: Date): HandoffItem {
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
