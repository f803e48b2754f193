import { db } from "@/lib/db/client";

const t = (iso: string) => new Date(iso);
const d = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A small data set whose every KPI for October 2026 is worked out by hand in kpi-engine.test.ts.
 * It holds the edges of docs/kpis.md: a spend row straddling the period, timestamps at 23:59:59 and
 * 00:00:00 UTC, a lead with no campaign, churn on the first day of the period.
 */
export async function loadFixture() {
  const prisma = db();
  await prisma.team.createMany({
    data: [
      { id: "t1", name: "Alpha", kind: "sales" },
      { id: "t2", name: "Beta", kind: "sales" },
      { id: "tm", name: "Demand", kind: "marketing" },
    ],
  });
  await prisma.campaign.createMany({
    data: [
      { id: "c1", name: "Search", channel: "paid_search" },
      { id: "c2", name: "Newsletter", channel: "email" },
    ],
  });
  await prisma.spend.createMany({
    data: [
      { id: "s1", campaignId: "c1", periodStart: d("2026-09-16"), periodEnd: d("2026-10-15"), amount: "3000.00" },
      { id: "s2", campaignId: "c2", periodStart: d("2026-10-01"), periodEnd: d("2026-10-31"), amount: "620.00" },
      { id: "s3", campaignId: "c1", periodStart: d("2026-11-01"), periodEnd: d("2026-11-30"), amount: "900.00" },
      { id: "s4", campaignId: "c2", periodStart: d("2026-10-31"), periodEnd: d("2026-11-02"), amount: "100.00" },
    ],
  });
  await prisma.lead.createMany({
    data: [
      {
        id: "L1",
        createdAt: t("2026-10-01T00:00:00Z"),
        source: "marketing",
        campaignId: "c1",
        channel: "paid_search",
        mqlAt: t("2026-10-02T09:00:00Z"),
        sqlAt: t("2026-10-05T09:00:00Z"),
      },
      { id: "L2", createdAt: t("2026-10-31T23:59:59Z"), source: "marketing", campaignId: "c2", channel: "email", mqlAt: t("2026-10-31T23:59:59Z") },
      {
        id: "L3",
        createdAt: t("2026-09-30T23:59:59Z"),
        source: "marketing",
        campaignId: "c1",
        channel: "paid_search",
        mqlAt: t("2026-10-01T00:00:00Z"),
        sqlAt: t("2026-10-10T12:00:00Z"),
      },
      { id: "L4", createdAt: t("2026-11-01T00:00:00Z"), source: "marketing", campaignId: "c1", channel: "paid_search", mqlAt: t("2026-11-01T00:00:00Z") },
      { id: "L5", createdAt: t("2026-10-15T12:00:00Z"), source: "sales", channel: "outbound", sqlAt: t("2026-10-20T12:00:00Z") },
      { id: "L6", createdAt: t("2026-10-20T08:00:00Z"), source: "marketing", channel: "organic_search", mqlAt: t("2026-10-21T08:00:00Z") },
      { id: "L7", createdAt: t("2026-10-05T10:00:00Z"), source: "partner", channel: "partner" },
    ],
  });
  await prisma.handoff.createMany({
    data: [
      {
        id: "H1",
        leadId: "L1",
        teamId: "t1",
        sentAt: t("2026-10-02T10:00:00Z"),
        acceptedAt: t("2026-10-02T12:00:00Z"),
        firstFollowUpAt: t("2026-10-02T14:00:00Z"),
      },
      { id: "H2", leadId: "L2", teamId: "t2", sentAt: t("2026-10-31T23:59:59Z") },
      {
        id: "H3",
        leadId: "L3",
        teamId: "t1",
        sentAt: t("2026-10-01T00:00:00Z"),
        acceptedAt: t("2026-10-01T06:00:00Z"),
        firstFollowUpAt: t("2026-10-02T00:00:00Z"),
      },
      {
        id: "H4",
        leadId: "L6",
        teamId: "t2",
        sentAt: t("2026-10-21T00:00:00Z"),
        rejectedAt: t("2026-10-21T05:00:00Z"),
        rejectionReason: "bad_fit",
        firstFollowUpAt: t("2026-10-21T10:00:00Z"),
      },
      { id: "H5", leadId: "L4", teamId: "t1", sentAt: t("2026-11-01T00:00:00Z"), acceptedAt: t("2026-11-01T01:00:00Z") },
    ],
  });
  await prisma.opportunity.createMany({
    data: [
      {
        id: "O1",
        leadId: "L1",
        teamId: "t1",
        source: "marketing",
        campaignId: "c1",
        createdAt: t("2026-10-06T00:00:00Z"),
        amount: "10000.00",
        stage: "won",
        quotedAt: t("2026-10-10T00:00:00Z"),
        closedAt: t("2026-10-20T00:00:00Z"),
      },
      {
        id: "O2",
        leadId: "L3",
        teamId: "t2",
        source: "marketing",
        campaignId: "c1",
        createdAt: t("2026-10-12T00:00:00Z"),
        amount: "5000.50",
        stage: "lost",
        quotedAt: t("2026-10-15T00:00:00Z"),
        closedAt: t("2026-10-31T23:59:59Z"),
      },
      { id: "O3", leadId: "L5", teamId: "t1", source: "sales", createdAt: t("2026-10-21T00:00:00Z"), amount: "8000.00", stage: "open" },
      {
        id: "O4",
        leadId: "L2",
        teamId: "t2",
        source: "marketing",
        campaignId: "c2",
        createdAt: t("2026-09-20T00:00:00Z"),
        amount: "3000.00",
        stage: "won",
        quotedAt: t("2026-09-25T00:00:00Z"),
        closedAt: t("2026-10-01T00:00:00Z"),
      },
      {
        id: "O5",
        teamId: "t1",
        source: "partner",
        createdAt: t("2026-10-25T00:00:00Z"),
        amount: "2000.00",
        stage: "won",
        quotedAt: t("2026-10-26T00:00:00Z"),
        closedAt: t("2026-11-01T00:00:00Z"),
      },
    ],
  });
  await prisma.customer.createMany({
    data: [
      { id: "CU1", opportunityId: "O4", campaignId: "c2", channel: "email", startedAt: t("2026-10-01T00:00:00Z"), mrr: "250.00" },
      { id: "CU2", campaignId: "c1", channel: "paid_search", startedAt: t("2026-01-15T00:00:00Z"), churnedAt: t("2026-10-01T00:00:00Z"), mrr: "100.00" },
      { id: "CU3", campaignId: "c1", channel: "paid_search", startedAt: t("2026-03-01T00:00:00Z"), mrr: "300.00" },
      { id: "CU4", channel: "referral", startedAt: t("2026-05-01T00:00:00Z"), churnedAt: t("2026-11-01T00:00:00Z"), mrr: "200.00" },
      { id: "CU5", campaignId: "c2", channel: "email", startedAt: t("2026-06-01T00:00:00Z"), churnedAt: t("2026-09-30T23:59:59Z"), mrr: "50.00" },
      { id: "CU6", campaignId: "c1", channel: "paid_search", startedAt: t("2026-10-31T23:59:59Z"), mrr: "400.00" },
    ],
  });
  await prisma.traffic.createMany({
    data: [
      {
        date: d("2026-10-01"),
        channel: "paid_search",
        landingPage: "/",
        sessions: 100,
        users: 80,
        pageviews: 250,
        bounces: 30,
        totalSessionSeconds: 12000,
        conversions: 5,
      },
      {
        date: d("2026-10-31"),
        channel: "email",
        landingPage: "/pricing",
        sessions: 50,
        users: 45,
        pageviews: 100,
        bounces: 35,
        totalSessionSeconds: 3000,
        conversions: 2,
      },
      {
        date: d("2026-09-30"),
        channel: "paid_search",
        landingPage: "/",
        sessions: 999,
        users: 900,
        pageviews: 1000,
        bounces: 500,
        totalSessionSeconds: 99999,
        conversions: 9,
      },
      { date: d("2026-11-01"), channel: "email", landingPage: "/", sessions: 7, users: 7, pageviews: 7, bounces: 7, totalSessionSeconds: 7, conversions: 7 },
    ],
  });
}
