import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import type { HandoffList } from "@/features/handoffs/contract";
import { listHandoffs } from "@/features/handoffs/server/list-handoffs";
import { describeDue } from "@/features/handoffs/sla";
import { computeKpis } from "@/features/kpis/server/service";
import { getSetting, setSetting } from "@/features/settings/server/settings";
import { call, resetDatabase, seedUser } from "./harness";
import { nth } from "./helpers";

afterEach(resetDatabase);

// Answers are read loosely (success or error envelope) and asserted on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = call<any>;

const HOUR = 3_600_000;
const NOW = Date.now();
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// Every fixture handoff is sent within the last two days; the KPI period covers them all.
const PERIOD = { from: day(NOW - 3 * 24 * HOUR), to: day(NOW + 24 * HOUR) };

type Seed = { id: string; team?: string; hoursAgo: number; acceptedAt?: Date; rejectedAt?: Date; reason?: string; followUpAt?: Date };

async function seed(handoffs: Seed[]) {
  await db().team.createMany({
    data: [
      { id: "t-a", name: "Alpha", kind: "sales" },
      { id: "t-b", name: "Beta", kind: "sales" },
      { id: "t-m", name: "Demand", kind: "marketing" },
    ],
  });
  await db().campaign.create({ data: { id: "c1", name: "Search", channel: "paid_search" } });
  for (const h of handoffs) {
    await db().lead.create({
      data: {
        id: `L-${h.id}`,
        email: `${h.id}@example.com`,
        company: `Co ${h.id}`,
        createdAt: at(h.hoursAgo + 48),
        source: "marketing",
        campaignId: "c1",
        channel: "paid_search",
        score: 70,
        mqlAt: at(h.hoursAgo + 1),
      },
    });
    await db().handoff.create({
      data: {
        id: h.id,
        leadId: `L-${h.id}`,
        teamId: h.team ?? "t-a",
        sentAt: at(h.hoursAgo),
        acceptedAt: h.acceptedAt,
        rejectedAt: h.rejectedAt,
        rejectionReason: h.reason,
        firstFollowUpAt: h.followUpAt,
      },
    });
  }
}

const list = async (token: string, query = ""): Promise<HandoffList> => (await api("GET", `/api/v1/handoffs${query}`, { token })).body;
const version = async (id: string) => (await db().handoff.findUniqueOrThrow({ where: { id } })).version;

async function kpis(team?: string) {
  const result = await computeKpis(PERIOD, team ? { team } : {}, false, ["sal_rate", "followup_rate", "median_hours_to_follow_up"]);
  return Object.fromEntries(result.map((k) => [k.id, k.value]));
}

describe("GET /api/v1/handoffs", () => {
  test("scopes sales users to their own team and lets admin and marketing pick any", async () => {
    await seed([
      { id: "a1", hoursAgo: 1 },
      { id: "a2", hoursAgo: 5, acceptedAt: at(4) },
      { id: "a3", hoursAgo: 3, rejectedAt: at(2), reason: "no_budget" },
      { id: "b1", team: "t-b", hoursAgo: 2 },
    ]);
    const sales = await seedUser("sales", { teamId: "t-a" });

    const open = await list(sales.token);
    expect(open).toMatchObject({
      team: { id: "t-a", name: "Alpha" },
      noTeam: false,
      status: "open",
      page: 1,
      pageSize: 25,
      total: 1,
      totals: { all: 3, open: 1, accepted: 1, rejected: 1 },
    });
    expect(open.handoffs.map((h) => h.id)).toEqual(["a1"]);
    // Newest first.
    expect((await list(sales.token, "?status=all")).handoffs.map((h) => h.id)).toEqual(["a1", "a3", "a2"]);
    expect((await list(sales.token, "?status=accepted")).handoffs.map((h) => h.id)).toEqual(["a2"]);
    expect((await list(sales.token, "?status=rejected")).handoffs).toMatchObject([{ id: "a3", status: "rejected", rejectionReason: "no_budget" }]);
    expect((await list(sales.token, "?team=t-a")).total).toBe(1);
    expect(await api("GET", "/api/v1/handoffs?team=t-b", { token: sales.token })).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });

    // The lead's MQL reason comes along.
    expect(open.handoffs[0]).toMatchObject({
      version: 1,
      team: { id: "t-a", name: "Alpha" },
      lead: {
        id: "L-a1",
        email: "a1@example.com",
        company: "Co a1",
        score: 70,
        source: "marketing",
        channel: "paid_search",
        campaign: { id: "c1", name: "Search" },
        mqlAt: at(2).toISOString(),
      },
    });

    for (const role of ["admin", "marketing"] as const) {
      const { token } = await seedUser(role, { teamId: role === "marketing" ? "t-m" : null });
      expect((await list(token, "?status=all")).handoffs.map((h) => h.id)).toEqual(["a1", "b1", "a3", "a2"]);
      expect(await list(token, "?team=t-b")).toMatchObject({ team: { id: "t-b" }, total: 1, handoffs: [{ id: "b1" }] });
    }
  });

  test("a sales user without a team gets an empty list flagged noTeam", async () => {
    await seed([{ id: "a1", hoursAgo: 1 }]);
    const { token } = await seedUser("sales");
    expect(await list(token)).toMatchObject({ noTeam: true, team: null, total: 0, totals: { all: 0 }, handoffs: [] });
  });

  test("pages, validates the query and needs a sign-in", async () => {
    await seed(Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, hoursAgo: i + 1 })));
    const { token } = await seedUser("admin");
    const second = await list(token, "?status=all&page=2&pageSize=2");
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(second.handoffs.map((h) => h.id)).toEqual(["p2", "p3"]);
    expect(await api("GET", "/api/v1/handoffs?status=closed", { token })).toMatchObject({ status: 400, body: { error: { details: [{ field: "status" }] } } });
    expect(await api("GET", "/api/v1/handoffs?pageSize=500", { token })).toMatchObject({ status: 400, body: { error: { details: [{ field: "pageSize" }] } } });
    expect(await api("GET", "/api/v1/handoffs?team=nope", { token })).toMatchObject({ status: 400, body: { error: { details: [{ field: "team" }] } } });
    expect((await api("GET", "/api/v1/handoffs", { token: null })).status).toBe(401);
  });

  test("reads the SLA clock against the setting at a fixed time", async () => {
    await seed([
      { id: "fresh", hoursAgo: 5 },
      { id: "late", hoursAgo: 30 },
      { id: "done", hoursAgo: 40, acceptedAt: at(39), followUpAt: at(38) },
      { id: "slow", hoursAgo: 45, followUpAt: at(10) },
      { id: "acc", hoursAgo: 26, acceptedAt: at(25) },
      { id: "nope", hoursAgo: 50, rejectedAt: at(49), reason: "bad_fit" },
    ]);
    const now = new Date(NOW);
    const { user } = await seedUser("sales", { teamId: "t-a" });
    const result = await listHandoffs(user, { status: "all", page: 1, pageSize: 25 }, now);
    const listed = new Map(result.handoffs.map((h) => [h.id, h]));
    const sla = (id: string) => {
      const handoff = listed.get(id);
      if (!handoff) throw new Error(`handoff ${id} is not listed`);
      return handoff.sla;
    };
    expect(result.slaHours).toBe(24);
    expect(sla("fresh")).toEqual({ dueAt: new Date(NOW + 19 * HOUR).toISOString(), hoursOpen: 5, breached: false, running: true });
    expect(sla("late")).toEqual({ dueAt: new Date(NOW - 6 * HOUR).toISOString(), hoursOpen: 30, breached: true, running: true });
    // Decided and followed up: nothing left to watch.
    expect(sla("done")).toBeNull();
    // Open but followed up 35 h after it was sent: the clock stopped, late.
    expect(sla("slow")).toMatchObject({ hoursOpen: 35, breached: true, running: false });
    // Accepted but never followed up: still counts.
    expect(sla("acc")).toMatchObject({ hoursOpen: 26, breached: true, running: true });
    // Rejected and never followed up: a rejected lead needs no follow-up, so no clock and no breach.
    expect(sla("nope")).toBeNull();
    expect(result).toMatchObject({ breaches: 2, openBreaches: 1 });

    await setSetting("followUpSlaHours", 48);
    const relaxed = await listHandoffs(user, { status: "all", page: 1, pageSize: 25 }, now);
    expect(relaxed).toMatchObject({ slaHours: 48, breaches: 0, openBreaches: 0 });
    expect(relaxed.handoffs.find((h) => h.id === "late")?.sla).toMatchObject({ breached: false, dueAt: new Date(NOW + 18 * HOUR).toISOString() });
  });

  test("describes the due time the way the inbox shows it", () => {
    expect(describeDue(new Date(NOW + 5 * HOUR + 60_000).toISOString(), NOW)).toEqual({ text: "due in 5 h", overdue: false });
    expect(describeDue(new Date(NOW - 3 * HOUR - 60_000).toISOString(), NOW)).toEqual({ text: "overdue by 3 h", overdue: true });
    expect(describeDue(new Date(NOW + 20 * 60_000).toISOString(), NOW)).toEqual({ text: "due in 20 min", overdue: false });
    expect(describeDue(new Date(NOW - 72 * HOUR).toISOString(), NOW)).toEqual({ text: "overdue by 3 d", overdue: true });
  });
});

describe("accept, reject and follow up", () => {
  test("write the KPI columns so sal_rate and followup_rate move, and audit each change", async () => {
    await seed([
      { id: "h1", hoursAgo: 10 },
      { id: "h2", hoursAgo: 8 },
      { id: "h3", hoursAgo: 6 },
      { id: "h4", hoursAgo: 4 },
    ]);
    const { token, user } = await seedUser("sales", { teamId: "t-a" });
    expect(await kpis()).toEqual({ sal_rate: 0, followup_rate: 0, median_hours_to_follow_up: null });

    const before = Date.now();
    const accepted = await api("POST", "/api/v1/handoffs/h1/accept", { token, body: { version: 1 } });
    expect(accepted).toMatchObject({ status: 200, body: { handoff: { id: "h1", status: "accepted", version: 2, rejectedAt: null, firstFollowUpAt: null } } });
    const row = await db().handoff.findUniqueOrThrow({ where: { id: "h1" } });
    expect(row.acceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.acceptedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await kpis()).toMatchObject({ sal_rate: 0.25, followup_rate: 0 });
    expect(await kpis("t-a")).toMatchObject({ sal_rate: 0.25 });

    const rejected = await api("POST", "/api/v1/handoffs/h2/reject", { token, body: { version: 1, reason: "bad_fit" } });
    expect(rejected).toMatchObject({ status: 200, body: { handoff: { status: "rejected", rejectionReason: "bad_fit", acceptedAt: null, version: 2 } } });
    expect(await db().handoff.findUniqueOrThrow({ where: { id: "h2" } })).toMatchObject({
      acceptedAt: null,
      rejectionReason: "bad_fit",
      rejectedAt: expect.any(Date),
    });
    expect(await kpis()).toMatchObject({ sal_rate: 0.25 });

    const followed = await api("POST", "/api/v1/handoffs/h1/follow-up", { token, body: { version: 2 } });
    expect(followed).toMatchObject({ status: 200, body: { handoff: { status: "accepted", version: 3, sla: null } } });
    const h1 = await db().handoff.findUniqueOrThrow({ where: { id: "h1" } });
    expect(h1.firstFollowUpAt).not.toBeNull();
    const values = await kpis();
    expect(values.followup_rate).toBe(0.25);
    // Followed up now, sent 10 h ago.
    expect(values.median_hours_to_follow_up).toBeCloseTo(10, 1);

    const audit = await db().auditLog.findMany({ where: { entity: "handoff" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId, a.userId])).toEqual([
      ["accept", "h1", user.id],
      ["reject", "h2", user.id],
      ["follow_up", "h1", user.id],
    ]);
    expect(nth(audit, 1).before).toMatchObject({ version: 1, rejectedAt: null, rejectionReason: null });
    expect(nth(audit, 1).after).toMatchObject({ version: 2, rejectionReason: "bad_fit", rejectedAt: expect.any(String) });
  });

  test("answer 409 with the current handoff when the version is stale", async () => {
    await seed([{ id: "h1", hoursAgo: 3 }]);
    const { token } = await seedUser("sales", { teamId: "t-a" });
    expect((await api("POST", "/api/v1/handoffs/h1/follow-up", { token, body: { version: 1 } })).status).toBe(200);
    const stale = await api("POST", "/api/v1/handoffs/h1/accept", { token, body: { version: 1 } });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", details: { reason: "stale_version", handoff: { id: "h1", version: 2, status: "open" } } } },
    });
    expect(stale.body.error.message).toMatch(/changed since you loaded it/);
    expect(await db().handoff.findUniqueOrThrow({ where: { id: "h1" } })).toMatchObject({ acceptedAt: null, version: 2 });
    expect(await db().auditLog.count({ where: { action: "accept" } })).toBe(0);
  });

  test.each([
    ["acc", "reject", { reason: "no_budget" }, /accepted handoff cannot be rejected/],
    ["acc", "accept", {}, /already accepted/],
    ["acc", "follow-up", {}, /already followed up/],
    ["rej", "accept", {}, /rejected handoff cannot be accepted/],
    ["rej", "reject", { reason: "no_budget" }, /already rejected.*Duplicate/],
  ] as const)("refuse an invalid transition with 409 and a clear message: %s %s", async (id, action, extra, message) => {
    await seed([
      { id: "acc", hoursAgo: 3, acceptedAt: at(2), followUpAt: at(2) },
      { id: "rej", hoursAgo: 3, rejectedAt: at(2), reason: "duplicate" },
    ]);
    const { token } = await seedUser("sales", { teamId: "t-a" });
    const result = await api("POST", `/api/v1/handoffs/${id}/${action}`, { token, body: { version: await version(id), ...extra } });
    expect(result).toMatchObject({ status: 409, body: { error: { code: "conflict", details: { reason: "invalid_transition", handoff: { id } } } } });
    expect(result.body.error.message).toMatch(message);
    expect(await version(id)).toBe(1);
    expect(await db().auditLog.count()).toBe(0);
  });

  test("a rejected lead may still be called back: the first follow-up is recorded", async () => {
    await seed([{ id: "rej", hoursAgo: 3, rejectedAt: at(2), reason: "duplicate" }]);
    const { token } = await seedUser("sales", { teamId: "t-a" });
    expect(await api("POST", "/api/v1/handoffs/rej/follow-up", { token, body: { version: 1 } })).toMatchObject({
      status: 200,
      body: { handoff: { status: "rejected", sla: null } },
    });
  });

  test("validate the body: a known reason code and a version", async () => {
    await seed([{ id: "h1", hoursAgo: 3 }]);
    const { token } = await seedUser("sales", { teamId: "t-a" });
    expect(await api("POST", "/api/v1/handoffs/h1/reject", { token, body: { version: 1, reason: "meh" } })).toMatchObject({
      status: 400,
      body: { error: { code: "bad_request", details: [{ field: "reason" }] } },
    });
    expect(await api("POST", "/api/v1/handoffs/h1/reject", { token, body: { version: 1 } })).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: "reason" }] } },
    });
    expect(await api("POST", "/api/v1/handoffs/h1/accept", { token, body: {} })).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: "version" }] } },
    });
    expect(await api("POST", "/api/v1/handoffs/nope/accept", { token, body: { version: 1 } })).toMatchObject({
      status: 404,
      body: { error: { code: "not_found" } },
    });
    expect(await db().handoff.findUniqueOrThrow({ where: { id: "h1" } })).toMatchObject({ version: 1, rejectedAt: null });
  });

  test("check the role and the team", async () => {
    await seed([{ id: "h1", hoursAgo: 3 }]);
    const marketing = await seedUser("marketing", { teamId: "t-m" });
    expect(await api("POST", "/api/v1/handoffs/h1/accept", { token: marketing.token, body: { version: 1 } })).toMatchObject({
      status: 403,
      body: { error: { code: "forbidden" } },
    });
    const other = await seedUser("sales", { teamId: "t-b" });
    expect(await api("POST", "/api/v1/handoffs/h1/accept", { token: other.token, body: { version: 1 } })).toMatchObject({
      status: 403,
      body: { error: { message: expect.stringMatching(/another team/) } },
    });
    const teamless = await seedUser("sales");
    expect((await api("POST", "/api/v1/handoffs/h1/follow-up", { token: teamless.token, body: { version: 1 } })).status).toBe(403);
    expect((await api("POST", "/api/v1/handoffs/h1/accept", { token: null, body: { version: 1 } })).status).toBe(401);
    expect(await version("h1")).toBe(1);

    const admin = await seedUser("admin");
    expect(await api("POST", "/api/v1/handoffs/h1/accept", { token: admin.token, body: { version: 1 } })).toMatchObject({
      status: 200,
      body: { handoff: { status: "accepted" } },
    });
    expect(await db().auditLog.findFirst({ where: { entity: "handoff" } })).toMatchObject({ userId: admin.user.id, action: "accept" });
  });
});

describe("/api/v1/settings", () => {
  test("everyone reads; only admins change the SLA, audited", async () => {
    await seed([]);
    const sales = await seedUser("sales", { teamId: "t-a" });
    const admin = await seedUser("admin");
    const initial = await api("GET", "/api/v1/settings", { token: sales.token });
    expect([initial.status, initial.body]).toEqual([200, { followUpSlaHours: 24 }]);
    expect((await api("GET", "/api/v1/settings", { token: null })).status).toBe(401);

    for (const role of ["sales", "marketing"] as const) {
      const { token } = await seedUser(role, { teamId: role === "sales" ? "t-a" : null });
      expect((await api("PATCH", "/api/v1/settings", { token, body: { followUpSlaHours: 8 } })).status).toBe(403);
    }
    expect(await getSetting("followUpSlaHours")).toBe(24);

    const changed = await api("PATCH", "/api/v1/settings", { token: admin.token, body: { followUpSlaHours: 8 } });
    expect([changed.status, changed.body]).toEqual([200, { followUpSlaHours: 8 }]);
    const read = await api("GET", "/api/v1/settings", { token: sales.token });
    expect([read.status, read.body]).toEqual([200, { followUpSlaHours: 8 }]);
    expect(await db().auditLog.findMany({ where: { entity: "setting" } })).toMatchObject([
      { action: "update", entityId: "followUpSlaHours", userId: admin.user.id, before: { value: 24 }, after: { value: 8 } },
    ]);
  });

  test.each([
    [{ followUpSlaHours: 0 }, "followUpSlaHours"],
    [{ followUpSlaHours: -3 }, "followUpSlaHours"],
    [{ followUpSlaHours: "12" }, "followUpSlaHours"],
    [{ followUpSlaHours: 5000 }, "followUpSlaHours"],
    [{ colour: "red" }, null],
    [{}, null],
  ])("refuses %j with 400 and changes nothing", async (body, field) => {
    const { token } = await seedUser("admin");
    const answer = await api("PATCH", "/api/v1/settings", { token, body });
    expect(answer.status).toBe(400);
    if (field) expect(answer.body.error.details).toMatchObject([{ field }]);
    expect(await getSetting("followUpSlaHours")).toBe(24);
    expect(await db().auditLog.count()).toBe(0);
  });
});
