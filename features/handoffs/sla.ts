import type { Sla } from "./contract";

/**
 * The follow-up SLA, the one home of its rule (docs/kpis.md followup_rate; the inbox, the Teams
 * report). The same rule in SQL is features/handoffs/server/sla-sql.ts; sla.test.ts proves that
 * both agree, so change them together.
 *
 * - The clock starts at sent_at and is due `hours` later.
 * - It stops at first_follow_up_at, or is still running at `now` while there is none.
 * - It applies unless the lead was rejected and never accepted: a rejected lead needs no
 *   follow-up (imported data may carry both stamps; accepted wins, as in the inbox's status).
 * - Breached: the clock stopped, or is still running, strictly after the due time. Exactly at
 *   the due time is within the SLA.
 */

const HOUR = 3_600_000;

export type SlaTimes = {
  sentAt: Date | string;
  acceptedAt: Date | string | null;
  rejectedAt: Date | string | null;
  firstFollowUpAt: Date | string | null;
};

const ms = (value: Date | string) => (typeof value === "string" ? Date.parse(value) : value.getTime());

/** The SLA's length in whole milliseconds: the SQL binds this same number. */
export const slaMs = (hours: number) => Math.round(hours * HOUR);

/** When the follow-up is due: sent_at + the SLA. */
export function dueAt(sentAt: Date | string, hours: number): Date {
  return new Date(ms(sentAt) + slaMs(hours));
}

/** The SLA applies unless the lead was rejected (and not also accepted). */
export function isSlaApplicable(handoff: SlaTimes): boolean {
  return handoff.rejectedAt === null || handoff.acceptedAt !== null;
}

/** The clock still runs: the SLA applies and there is no follow-up yet. */
export function isRunning(handoff: SlaTimes): boolean {
  return isSlaApplicable(handoff) && handoff.firstFollowUpAt === null;
}

/** The follow-up came after the due time, or has not come and the due time has passed. */
export function isBreached(handoff: SlaTimes, now: Date, hours: number): boolean {
  if (!isSlaApplicable(handoff)) return false;
  const stop = handoff.firstFollowUpAt === null ? now.getTime() : ms(handoff.firstFollowUpAt);
  return stop > dueAt(handoff.sentAt, hours).getTime();
}

/** Breached and still without a follow-up: what the inbox counts as overdue. */
export function isOverdue(handoff: SlaTimes, now: Date, hours: number): boolean {
  return isRunning(handoff) && isBreached(handoff, now, hours);
}

/**
 * The clock as the inbox shows it on a card; null when there is nothing to watch: the SLA does
 * not apply, or the handoff is decided and followed up. An open handoff followed up keeps its
 * clock, stopped, so sales see whether the follow-up was in time.
 */
export function slaClock(handoff: SlaTimes, hours: number, now: Date): Sla | null {
  const decided = handoff.acceptedAt !== null || handoff.rejectedAt !== null;
  if (!isSlaApplicable(handoff) || (decided && handoff.firstFollowUpAt !== null)) return null;
  const sent = ms(handoff.sentAt);
  const stop = handoff.firstFollowUpAt === null ? now.getTime() : ms(handoff.firstFollowUpAt);
  return {
    dueAt: dueAt(handoff.sentAt, hours).toISOString(),
    // A handoff stamped a little ahead of the server clock has not been open for negative hours.
    hoursOpen: Math.max(0, (stop - sent) / HOUR),
    breached: isBreached(handoff, now, hours),
    running: isRunning(handoff),
  };
}

/** "due in 5 h", "overdue by 3 h", in whole minutes, hours or days. */
export function describeDue(due: string, now: number): { text: string; overdue: boolean } {
  const diff = Date.parse(due) - now;
  const overdue = diff < 0;
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  const span = minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 1440)} d`;
  return { text: overdue ? `overdue by ${span}` : `due in ${span}`, overdue };
}
