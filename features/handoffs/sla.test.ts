import { Prisma } from "@prisma/client";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers";
import { slaBreachedSql, slaOverdueSql } from "./server/sla-sql";
import { dueAt, isBreached, isOverdue, isRunning, isSlaApplicable, slaClock, type SlaTimes } from "./sla";

afterEach(resetDatabase);

const HOUR = 3_600_000;
const SENT = Date.parse("2026-03-02T09:00:00.000Z");
const after = (ms: number) => new Date(SENT + ms);

type Case = { name: string; hours: number; now: number; accepted?: number; rejected?: number; followUp?: number; breached: boolean; overdue: boolean };

// Times are milliseconds after sent_at; the SLA is 24 h unless a case says otherwise.
const DAY = 24 * HOUR;
const CASES: Case[] = [
  { name: "no follow-up yet, before the due time", hours: 24, now: DAY - 1, breached: false, overdue: false },
  { name: "no follow-up yet, exactly at the due time", hours: 24, now: DAY, breached: false, overdue: false },
  { name: "no follow-up yet, a millisecond past the due time", hours: 24, now: DAY + 1, breached: true, overdue: true },
  { name: "followed up in time", hours: 24, now: 3 * DAY, followUp: HOUR, breached: false, overdue: false },
  { name: "followed up exactly at the due time", hours: 24, now: 3 * DAY, followUp: DAY, breached: false, overdue: false },
  { name: "followed up late", hours: 24, now: 3 * DAY, followUp: DAY + 1, breached: true, overdue: false },
  { name: "followed up late, seen before the follow-up time (clock skew)", hours: 24, now: DAY - 1, followUp: DAY + 1, breached: true, overdue: false },
  { name: "accepted, never followed up, past due", hours: 24, now: 2 * DAY, accepted: HOUR, breached: true, overdue: true },
  { name: "accepted and followed up late", hours: 24, now: 3 * DAY, accepted: HOUR, followUp: 2 * DAY, breached: true, overdue: false },
  { name: "rejected, never followed up, past due", hours: 24, now: 3 * DAY, rejected: HOUR, breached: false, overdue: false },
  { name: "rejected, followed up late", hours: 24, now: 3 * DAY, rejected: HOUR, followUp: 2 * DAY, breached: false, overdue: false },
  {
    name: "accepted and rejected (imported), never followed up, past due",
    hours: 24,
    now: 2 * DAY,
    accepted: HOUR,
    rejected: 2 * HOUR,
    breached: true,
    overdue: true,
  },
  {
    name: "accepted and rejected (imported), followed up in time",
    hours: 24,
    now: 2 * DAY,
    accepted: HOUR,
    rejected: 2 * HOUR,
    followUp: 3 * HOUR,
    breached: false,
    overdue: false,
  },
  { name: "a fractional SLA (0.5 h), exactly at the due time", hours: 0.5, now: HOUR / 2, breached: false, overdue: false },
  { name: "a fractional SLA (1/3 h), a millisecond past the due time", hours: 1 / 3, now: 1_200_001, breached: true, overdue: true },
  { name: "a fractional SLA (1/3 h), followed up at the due time", hours: 1 / 3, now: DAY, followUp: 1_200_000, breached: false, overdue: false },
];

const times = (c: Case): SlaTimes => ({
  sentAt: new Date(SENT),
  acceptedAt: c.accepted === undefined ? null : after(c.accepted),
  rejectedAt: c.rejected === undefined ? null : after(c.rejected),
  firstFollowUpAt: c.followUp === undefined ? null : after(c.followUp),
});

async function seed(c: Case) {
  const t = times(c);
  await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
  await db().lead.create({ data: { id: "L1", createdAt: new Date(SENT - DAY), source: "marketing" } });
  await db().handoff.create({
    data: { id: "H1", leadId: "L1", teamId: "t1", sentAt: t.sentAt, acceptedAt: t.acceptedAt, rejectedAt: t.rejectedAt, firstFollowUpAt: t.firstFollowUpAt },
  });
}

describe("the follow-up SLA: one rule in TypeScript and in SQL", () => {
  test.each(CASES)("$name", async (c) => {
    const now = after(c.now);
    expect({ breached: isBreached(times(c), now, c.hours), overdue: isOverdue(times(c), now, c.hours) }).toEqual({ breached: c.breached, overdue: c.overdue });

    await seed(c);
    const options = { alias: "h", hours: c.hours, now };
    const [sql] = await db().$queryRaw<[{ breached: boolean; overdue: boolean }]>(Prisma.sql`
      SELECT ${slaBreachedSql(options)} AS breached, ${slaOverdueSql(options)} AS overdue FROM handoffs h`);
    expect(sql).toEqual({ breached: c.breached, overdue: c.overdue });
  });

  test("the predicates", () => {
    const open = { sentAt: "2026-03-02T09:00:00.000Z", acceptedAt: null, rejectedAt: null, firstFollowUpAt: null };
    expect(dueAt(open.sentAt, 24).toISOString()).toBe("2026-03-03T09:00:00.000Z");
    expect(dueAt(open.sentAt, 0.5).toISOString()).toBe("2026-03-02T09:30:00.000Z");
    expect([isSlaApplicable(open), isRunning(open)]).toEqual([true, true]);
    expect(isRunning({ ...open, firstFollowUpAt: "2026-03-02T10:00:00.000Z" })).toBe(false);
    expect([isSlaApplicable({ ...open, rejectedAt: "2026-03-02T10:00:00.000Z" }), isRunning({ ...open, rejectedAt: "2026-03-02T10:00:00.000Z" })]).toEqual([
      false,
      false,
    ]);
  });

  test("the inbox card's clock: none when there is nothing left to watch", () => {
    const now = after(30 * HOUR);
    const clock = (c: Partial<Case>) => slaClock(times({ name: "", hours: 24, now: 0, breached: false, overdue: false, ...c }), 24, now);
    expect(clock({})).toEqual({ dueAt: after(DAY).toISOString(), hoursOpen: 30, breached: true, running: true });
    expect(clock({ followUp: 2 * HOUR })).toEqual({ dueAt: after(DAY).toISOString(), hoursOpen: 2, breached: false, running: false });
    expect(clock({ accepted: HOUR })).toMatchObject({ breached: true, running: true });
    expect(clock({ accepted: HOUR, followUp: 2 * HOUR })).toBeNull();
    expect(clock({ rejected: HOUR })).toBeNull();
    // Stamped a little ahead of the server clock: not open for negative hours.
    expect(slaClock(times({ name: "", hours: 24, now: 0, breached: false, overdue: false }), 24, after(-60_000))).toMatchObject({ hoursOpen: 0 });
  });

  test("an alias is SQL text: anything but a plain identifier is refused", () => {
    expect(() => slaBreachedSql({ alias: "h; DROP TABLE handoffs", hours: 24, now: new Date() })).toThrow(/Not a table alias/);
  });
});
