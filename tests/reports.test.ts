import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { getMqlCohorts } from "@/features/funnel/server/get-mql-cohorts";
import { getTeamReport } from "@/features/teams/server/get-team-report";
import { getTeamTrends } from "@/features/teams/server/get-team-trends";
import { setSetting } from "@/features/settings/server/settings";
import { nth, resetDatabase } from "./helpers";

const t = (iso: string) => new Date(iso);

/**
 * A handful of MQLs and handoffs whose cohort shares, SLA breaches and team trends are worked out
 * by hand in each test below.
 */
beforeEach(async () => {
  const prisma = db();
  await prisma.team.createMany({
    data: [
      { id: "t1", name: "Alpha", kind: "sales" },
      { id: "t2", name: "Beta", kind: "sales" },
    ],
  });
  const lead = (id: string, mqlAt: string | null, sqlAt: string | null, channel: "paid_search" | "email" = "paid_search") => ({
    id,
    createdAt: t("2026-09-01T00:00:00Z"),
    source: "marketing" as const,
    channel,
    mqlAt: mqlAt ? t(mqlAt) : null,
    sqlAt: sqlAt ? t(sqlAt) : null,
  });
  await prisma.lead.createMany({
    data: [
      lead("A", "2026-10-05T00:00:00Z", "2026-10-09T00:00:00Z"), // week 1; SQL within 1 week, won after 15 days
      lead("B", "2026-10-11T23:59:59Z", "2026-10-26T00:00:00Z"), // week 1 (Sunday 23:59:59); SQL 1 s after 2 weeks
      lead("C", "2026-10-12T00:00:00Z", null), // week 2; never SQL
      lead("D", "2026-10-04T23:59:59Z", "2026-10-05T00:00:00Z"), // before the period
      lead("E", "2026-10-13T00:00:00Z", "2026-10-14T00:00:00Z", "email"), // week 2; won by t2 within 2 days
      lead("X", null, null),
    ],
  });
  const opp = (id: string, leadId: string, teamId: string, closedAt: string) => ({
    id,
    leadId,
    teamId,
    source: "marketing" as const,
    createdAt: t("2026-10-01T00:00:00Z"),
    amount: "1000.00",
    stage: "won" as const,
    closedAt: t(closedAt),
  });
  await prisma.opportunity.createMany({ data: [opp("OA", "A", "t1", "2026-10-20T00:00:00Z"), opp("OE", "E", "t2", "2026-10-15T00:00:00Z")] });
  await prisma.handoff.createMany({
    data: [
      { id: "H1", leadId: "X", teamId: "t1", sentAt: t("2026-10-02T10:00:00Z"), firstFollowUpAt: t("2026-10-03T10:00:00Z") }, // exactly 24 h: in time
      { id: "H2", leadId: "X", teamId: "t1", sentAt: t("2026-10-02T10:00:00Z"), firstFollowUpAt: t("2026-10-03T10:00:01Z") }, // 1 s late
      { id: "H3", leadId: "X", teamId: "t1", sentAt: t("2026-10-05T09:00:00Z") }, // never followed up: overdue
      { id: "H4", leadId: "X", teamId: "t1", sentAt: t("2026-10-05T09:00:00Z"), rejectedAt: t("2026-10-05T10:00:00Z") }, // rejected: no follow-up due
      { id: "H5", leadId: "X", teamId: "t2", sentAt: t("2026-10-31T23:59:59Z") }, // last second of October, never followed up
      { id: "H6", leadId: "X", teamId: "t2", sentAt: t("2026-11-01T00:00:00Z") }, // November
      // Imported with both decisions: accepted wins (as in the inbox), so a follow-up was due.
      { id: "H7", leadId: "X", teamId: "t2", sentAt: t("2026-10-10T00:00:00Z"), acceptedAt: t("2026-10-10T01:00:00Z"), rejectedAt: t("2026-10-11T00:00:00Z") },
    ],
  });
});
afterEach(resetDatabase);

const TWO_WEEKS = { from: "2026-10-05", to: "2026-10-18" };
const LATER = new Date("2027-01-01T00:00:00Z");
const shares = (cells: { weeks: number; share: number | null }[]) => cells.map((c) => c.share);

describe("MQL-week cohorts", () => {
  test("share of each week's MQLs that reached SQL and won within 1, 2, 4, 8 weeks", async () => {
    const { cohorts } = await getMqlCohorts(TWO_WEEKS, {}, LATER);
    expect(cohorts.map((c) => [c.start, c.end, c.mqls])).toEqual([
      ["2026-10-05", "2026-10-11", 2],
      ["2026-10-12", "2026-10-18", 2],
    ]);
    // Week 1: A SQL after 4 days; B SQL 2 weeks + 1 s after its MQL. A won after 15 days.
    expect(shares(nth(cohorts, 0).sql)).toEqual([0.5, 0.5, 1, 1]);
    expect(shares(nth(cohorts, 0).won)).toEqual([0, 0, 0.5, 0.5]);
    // Week 2: C never; E SQL and won within a week.
    expect(shares(nth(cohorts, 1).sql)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(shares(nth(cohorts, 1).won)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  test("a share is unknown until every MQL of the week has had that long", async () => {
    // On 27 October the last MQL of week 1 (11 Oct 23:59:59) has had 2 weeks, not 4.
    const { cohorts } = await getMqlCohorts(TWO_WEEKS, {}, new Date("2026-10-27T00:00:00Z"));
    expect(shares(nth(cohorts, 0).sql)).toEqual([0.5, 0.5, null, null]);
    expect(shares(nth(cohorts, 1).sql)).toEqual([0.5, null, null, null]);
  });

  test("channel filters the MQLs, team filters the winning opportunity, empty weeks are present", async () => {
    const email = await getMqlCohorts(TWO_WEEKS, { channel: "email" }, LATER);
    expect(email.cohorts.map((c) => c.mqls)).toEqual([0, 1]);
    expect(shares(nth(email.cohorts, 0).sql)).toEqual([null, null, null, null]);
    expect(shares(nth(email.cohorts, 1).won)).toEqual([1, 1, 1, 1]);
    const alpha = await getMqlCohorts(TWO_WEEKS, { team: "t1" }, LATER);
    expect(shares(nth(alpha.cohorts, 0).won)).toEqual([0, 0, 0.5, 0.5]);
    expect(shares(nth(alpha.cohorts, 1).won)).toEqual([0, 0, 0, 0]);
  });
});

describe("SLA breaches in the team report", () => {
  const OCT = { from: "2026-10-01", to: "2026-10-31" };

  test("late or missing follow-ups of handoffs sent in the period, rejected ones excepted", async () => {
    const report = await getTeamReport(OCT);
    expect(report.sla_hours).toBe(24);
    expect(report.teams.map((team) => [team.id, team.handoffs, team.sla_breaches])).toEqual([
      ["t1", 4, 2],
      ["t2", 2, 2],
    ]); // H2, H3; H5, H7
  });

  test("follow the SLA an admin sets", async () => {
    await setSetting("followUpSlaHours", 48);
    const report = await getTeamReport(OCT);
    expect(report.sla_hours).toBe(48);
    expect(report.teams.map((team) => team.sla_breaches)).toEqual([1, 2]); // H3; H5, H7
  });
});

describe("team trends", () => {
  test("one line per sales team, a point per ISO week, empty buckets null", async () => {
    const result = await getTeamTrends("followup_rate", { from: "2026-09-28", to: "2026-10-11" }, "week");
    expect(result.teams.map((team) => [team.id, team.points.map((p) => [p.start, p.value])])).toEqual([
      [
        "t1",
        [
          ["2026-09-28", 1],
          ["2026-10-05", 0],
        ],
      ], // H1, H2 followed up; H3, H4 not
      [
        "t2",
        [
          ["2026-09-28", null],
          ["2026-10-05", 0],
        ],
      ], // no handoff; H7 not followed up
    ]);
  });
});
