import type { Sla } from "./contract";

const HOUR = 3_600_000;

type Times = { sentAt: Date | string; acceptedAt: Date | string | null; rejectedAt: Date | string | null; firstFollowUpAt: Date | string | null };

const ms = (value: Date | string) => (typeof value === "string" ? Date.parse(value) : value.getTime());

/**
 * The follow-up SLA clock of one handoff: it starts at sent_at and stops at first_follow_up_at.
 * Null once the handoff is decided and followed up, and for a rejected one that was never
 * followed up (a rejected lead needs no follow-up; the Teams report counts breaches the same way).
 */
export function slaClock(handoff: Times, slaHours: number, now: Date): Sla | null {
  const open = handoff.acceptedAt === null && handoff.rejectedAt === null;
  if (!open && handoff.firstFollowUpAt !== null) return null;
  if (handoff.rejectedAt !== null && handoff.acceptedAt === null) return null;
  const sent = ms(handoff.sentAt);
  const due = sent + slaHours * HOUR;
  const stop = handoff.firstFollowUpAt === null ? now.getTime() : ms(handoff.firstFollowUpAt);
  return {
    dueAt: new Date(due).toISOString(),
    // A handoff stamped a little ahead of the server clock has not been open for negative hours.
    hoursOpen: Math.max(0, (stop - sent) / HOUR),
    breached: stop > due,
    running: handoff.firstFollowUpAt === null,
  };
}

/** "due in 5 h", "overdue by 3 h", in whole minutes, hours or days. */
export function describeDue(dueAt: string, now: number): { text: string; overdue: boolean } {
  const diff = Date.parse(dueAt) - now;
  const overdue = diff < 0;
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  const span = minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 1440)} d`;
  return { text: overdue ? `overdue by ${span}` : `due in ${span}`, overdue };
}
