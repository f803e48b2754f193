import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Role } from "@/lib/enums";
import { db } from "@/lib/db/client";
import { call, resetDatabase, seedUser, type Answer } from "./harness";

afterEach(resetDatabase);

const tokens: Partial<Record<Role, string>> = {};
const users: Partial<Record<Role, string>> = {};

beforeEach(async () => {
  await db().campaign.createMany({
    data: [
      { id: "c1", name: "Search", channel: "paid_search" },
      { id: "c2", name: "Newsletter", channel: "email" },
    ],
  });
  for (const role of ["admin", "marketing", "sales"] as const) {
    const { user, token } = await seedUser(role, { email: `${role}@example.com` });
    users[role] = user.id;
    tokens[role] = token;
  }
});

/** Answers are read loosely and asserted on. */
type Body = Answer["body"];

/** A bearer token; undefined means the admin's, null one that matches nobody. */
type Token = string | null | undefined;

/** The spend endpoints by name, called as the admin unless another token is given. */
const api = {
  list: (query = "", token: Token = tokens.admin) => call<Body>("GET", `/api/v1/spend${query}`, { token }),
  get: (id: string, token: Token = tokens.admin) => call<Body>("GET", `/api/v1/spend/${id}`, { token }),
  create: (body: unknown, token: Token = tokens.admin) => call<Body>("POST", "/api/v1/spend", { body, token }),
  patch: (id: string, body: unknown, token: Token = tokens.admin) => call<Body>("PATCH", `/api/v1/spend/${id}`, { body, token }),
  remove: (id: string, version: number | string | null, token: Token = tokens.admin) =>
    call<Body>("DELETE", `/api/v1/spend/${id}${version === null ? "" : `?version=${version}`}`, { token }),
  history: (campaign: string, token: Token = tokens.admin) => call<Body>("GET", `/api/v1/spend/history?campaign=${campaign}`, { token }),
  month: (month: string, token: Token = tokens.admin) => call<Body>("GET", `/api/v1/spend/month?month=${month}`, { token }),
  saveMonth: (body: unknown, token: Token = tokens.admin) => call<Body>("PUT", "/api/v1/spend/month", { body, token }),
};

const march = { campaign_id: "c1", period_start: "2026-03-01", period_end: "2026-03-31", amount: "1234.56", note: "March" };

type Row = { id: string; version: number; amount: string };

async function created(body: unknown = march): Promise<Row> {
  const answer = await api.create(body);
  expect(answer.status).toBe(201);
  return answer.body as unknown as Row;
}

const fields = (answer: Answer) => (answer.body.error?.details as { field: string }[]).map((d) => d.field);

describe("spend rows", () => {
  test("create, list, patch and delete with exact decimal amounts and versions", async () => {
    const row = await created();
    expect(row).toMatchObject({
      campaign_id: "c1",
      campaign_name: "Search",
      period_start: "2026-03-01",
      period_end: "2026-03-31",
      amount: "1234.56",
      note: "March",
      entered_by: "admin@example.com",
      version: 1,
    });
    await created({ campaign_id: "c1", period_start: "2026-04-01", period_end: "2026-04-30", amount: 99999999999.99 });
    await created({ campaign_id: "c2", period_start: "2026-02-01", period_end: "2026-02-28", amount: "0" });

    const all = await api.list();
    expect(all.status).toBe(200);
    expect((all.body.spend as Row[]).map((r) => r.amount)).toEqual(["99999999999.99", "1234.56", "0.00"]); // newest period first
    expect(all.body.total).toBe(3);
    const filtered = await api.list("?campaign=c1&from=2026-03-15&to=2026-03-20");
    expect((filtered.body.spend as Row[]).map((r) => r.id)).toEqual([row.id]);
    expect(await api.get(row.id, tokens.sales)).toMatchObject({ status: 200, body: row });

    // A PATCH changes only the fields it names.
    expect(await api.patch(row.id, { version: 1, period_end: "2026-03-30" })).toMatchObject({
      status: 200,
      body: { note: "March", amount: "1234.56", period_end: "2026-03-30", version: 2 },
    });
    const patched = await api.patch(row.id, { version: 2, amount: "1300.5", note: null });
    expect(patched).toMatchObject({ status: 200, body: { amount: "1300.50", note: null, version: 3, period_start: "2026-03-01" } });
    expect(await db().$queryRaw`SELECT amount::text FROM spend WHERE id = ${row.id}`).toEqual([{ amount: "1300.50" }]);

    expect(await api.remove(row.id, 3)).toMatchObject({ status: 200, body: { deleted: { id: row.id, version: 3 } } });
    expect(await api.remove(row.id, 3)).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await api.patch(row.id, { version: 3, amount: "1" })).toMatchObject({ status: 404 });
  });

  test("a stale version answers 409 with the current row; of two concurrent PATCHes exactly one wins", async () => {
    const row = await created();
    const answers = await Promise.all([api.patch(row.id, { version: 1, amount: "10" }), api.patch(row.id, { version: 1, amount: "20" })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.error).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/changed by someone else/),
      details: { field: "version", current: { id: row.id, version: 2, amount: winner.body.amount } },
    });
    expect(await db().spend.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ version: 2 });
    expect(await db().auditLog.count({ where: { entity: "spend", action: "update" } })).toBe(1);

    expect(await api.remove(row.id, 1)).toMatchObject({ status: 409, body: { error: { details: { current: { version: 2 } } } } });
    expect(await db().spend.count()).toBe(1);
  });

  test("every change is audited in the same transaction with who, before and after; history lists it by campaign", async () => {
    const row = await created();
    await api.patch(row.id, { version: 1, amount: "2000", campaign_id: "c2" });
    await api.remove(row.id, 2);
    await created({ ...march, campaign_id: "c2", period_start: "2026-05-01", period_end: "2026-05-31" });

    const audit = await db().auditLog.findMany({ where: { entityId: row.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entity, a.userId])).toEqual([
      ["create", "spend", users.admin],
      ["update", "spend", users.admin],
      ["delete", "spend", users.admin],
    ]);
    expect(audit[0]).toMatchObject({ before: null, after: { amount: "1234.56", version: 1 } });
    expect(audit[1]).toMatchObject({
      before: { amount: "1234.56", campaign_id: "c1" },
      after: { amount: "2000.00", campaign_id: "c2", note: "March", version: 2 },
    });
    expect(audit[2]).toMatchObject({ before: { amount: "2000.00", version: 2 }, after: null });

    const history = await api.history("c1", tokens.sales);
    expect(history.status).toBe(200);
    expect(history.body.campaign).toEqual({ id: "c1", name: "Search" });
    // The row moved to c2, so its whole history shows under c1 too; the May row of c2 does not.
    expect((history.body.entries as { action: string; user: { email: string } }[]).map((e) => [e.action, e.user.email])).toEqual([
      ["delete", "admin@example.com"],
      ["update", "admin@example.com"],
      ["create", "admin@example.com"],
    ]);
    expect(((await api.history("c2")).body.entries as unknown[]).length).toBe(4);
    expect(await api.history("nope")).toMatchObject({ status: 400, body: { error: { details: [{ field: "campaign" }] } } });

    // A failed write leaves no audit entry behind.
    const before = await db().auditLog.count();
    expect((await api.patch(row.id, { version: 3, amount: "1" })).status).toBe(404);
    expect(await db().auditLog.count()).toBe(before);
  });

  test("validation names each field", async () => {
    const bad = await api.create({ campaign_id: "c1", period_start: "2026-02-30", period_end: "03/31/2026", amount: "-5" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("bad_request");
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        { field: "period_start", message: "is not a real calendar date" },
        { field: "period_end", message: "must be a date YYYY-MM-DD" },
        { field: "amount", message: "must not be negative" },
      ]),
    );
    expect((await api.create({ ...march, amount: "12.345" })).body.error.message).toBe("Invalid amount: must have at most 2 decimals");
    const unknown = await api.create({ ...march, campaign_id: "nope" });
    expect(unknown).toMatchObject({ status: 400, body: { error: { message: 'Unknown campaign "nope"', details: [{ field: "campaign_id" }] } } });
  });

  test.each([
    ["period_end before period_start", { ...march, period_end: "2026-02-28" }, ["period_end"]],
    ["three decimals", { ...march, amount: "12.345" }, ["amount"]],
    ["a thousands separator", { ...march, amount: "1,200" }, ["amount"]],
    ["a trillion", { ...march, amount: "1000000000000" }, ["amount"]],
    ["no campaign and no amount", { period_start: "2026-03-01", period_end: "2026-03-31" }, ["campaign_id", "amount"]],
  ])("a new row with %s names its fields", async (_, body, named) => {
    expect(fields(await api.create(body))).toEqual(named);
  });

  test.each([
    ["a PATCH without version", (id: string) => api.patch(id, { amount: "1" }), ["version"]],
    ["a PATCH moving period_end before period_start", (id: string) => api.patch(id, { version: 1, period_end: "2026-02-01" }), ["period_end"]],
    ["a PATCH to an unknown campaign", (id: string) => api.patch(id, { version: 1, campaign_id: "nope" }), ["campaign_id"]],
    ["a DELETE without version", (id: string) => api.remove(id, null), ["version"]],
    ["a DELETE with a version that is not a number", (id: string) => api.remove(id, "x"), ["version"]],
    ["a list from after to", () => api.list("?from=2026-05-01&to=2026-04-01"), ["from"]],
    ["a list of an unknown campaign", () => api.list("?campaign=nope"), ["campaign"]],
  ])("%s names its fields", async (_, request, named) => {
    const row = await created();
    expect(fields(await request(row.id))).toEqual(named);
  });

  test("a second row for exactly the same campaign and period would count the money twice: 409 with the existing row", async () => {
    const row = await created();
    expect(await api.create(march)).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", details: { field: "period_start", existing: { id: row.id } } } },
    });
    expect(await db().spend.count()).toBe(1);
  });

  test.each(["marketing", "sales"] as const)("%s reads spend but may not write it", async (role) => {
    const row = await created();
    expect(await api.create(march, tokens[role])).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect((await api.patch(row.id, { version: 1, amount: "1" }, tokens[role])).status).toBe(403);
    expect((await api.remove(row.id, 1, tokens[role])).status).toBe(403);
    expect((await api.saveMonth({ month: "2026-03", rows: [] }, tokens[role])).status).toBe(403);
    expect((await api.list("", tokens[role])).status).toBe(200);
    expect((await api.month("2026-03", tokens[role])).status).toBe(200);
    expect(await db().spend.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ version: 1 });
  });

  test.each([
    ["GET /spend", () => api.list("", null)],
    ["GET /spend/{id}", (id: string) => api.get(id, null)],
    ["POST /spend", () => api.create(march, null)],
    ["PATCH /spend/{id}", (id: string) => api.patch(id, { version: 1 }, null)],
    ["DELETE /spend/{id}", (id: string) => api.remove(id, 1, null)],
    ["GET /spend/month", () => api.month("2026-03", null)],
    ["PUT /spend/month", () => api.saveMonth({ month: "2026-03", rows: [] }, null)],
    ["GET /spend/history", () => api.history("c1", null)],
  ])("%s without a valid token answers 401", async (_, request) => {
    const row = await created();
    expect(await request(row.id)).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect(await db().spend.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ version: 1 });
  });
});

describe("the month view", () => {
  test("upserts one whole-month row per campaign, audited, and reads it back", async () => {
    const existing = await created();
    await created({ campaign_id: "c1", period_start: "2026-03-10", period_end: "2026-03-16", amount: "50" });

    const read = await api.month("2026-03");
    expect(read.body).toMatchObject({ month: "2026-03", period_start: "2026-03-01", period_end: "2026-03-31" });
    expect(read.body.campaigns).toEqual([
      { campaign_id: "c2", campaign_name: "Newsletter", channel: "email", row: null, other_rows: 0 },
      {
        campaign_id: "c1",
        campaign_name: "Search",
        channel: "paid_search",
        row: expect.objectContaining({ id: existing.id, amount: "1234.56", version: 1 }),
        other_rows: 1,
      },
    ]);

    const saved = await api.saveMonth({
      month: "2026-03",
      rows: [
        { campaign_id: "c1", amount: "1500", version: 1 },
        { campaign_id: "c2", amount: "300.10", version: null },
      ],
    });
    expect(saved).toMatchObject({ status: 200, body: { created: 1, updated: 1, unchanged: 0 } });
    const rows = await db().spend.findMany({
      where: { periodStart: new Date("2026-03-01"), periodEnd: new Date("2026-03-31") },
      orderBy: { campaignId: "asc" },
    });
    expect(rows.map((r) => [r.campaignId, r.amount.toFixed(2), r.version])).toEqual([
      ["c1", "1500.00", 2],
      ["c2", "300.10", 1],
    ]);
    expect((await db().auditLog.findMany({ where: { entity: "spend" }, orderBy: { id: "asc" } })).slice(2).map((a) => [a.action, a.userId])).toEqual([
      ["update", users.admin],
      ["create", users.admin],
    ]);

    // Saving the same amounts again changes nothing and writes no audit entry.
    const again = await api.saveMonth({
      month: "2026-03",
      rows: [
        { campaign_id: "c1", amount: "1500.00", version: 2 },
        { campaign_id: "c2", amount: "300.1", version: 1 },
      ],
    });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await db().auditLog.count({ where: { entity: "spend" } })).toBe(4);
  });

  test("all or nothing: one stale version or one bad row writes nothing", async () => {
    const existing = await created();
    await api.patch(existing.id, { version: 1, amount: "1250" });

    const stale = await api.saveMonth({
      month: "2026-03",
      rows: [
        { campaign_id: "c2", amount: "300", version: null },
        { campaign_id: "c1", amount: "1500", version: 1 },
      ],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual({
      conflicts: [{ field: "rows.1.version", campaign_id: "c1", current: expect.objectContaining({ amount: "1250.00", version: 2 }) }],
    });
    // A row created by someone else since the view was read is a conflict too.
    expect((await api.saveMonth({ month: "2026-03", rows: [{ campaign_id: "c1", amount: "1500" }] })).status).toBe(409);

    const invalid = await api.saveMonth({
      month: "2026-3",
      rows: [
        { campaign_id: "c2", amount: "1.234" },
        { campaign_id: "c2", amount: "1" },
      ],
    });
    expect(fields(invalid).sort()).toEqual(["month", "rows.0.amount"]);
    // A campaign a second time in the month, or one that does not exist: the second row is refused.
    for (const second of [
      { campaign_id: "c2", amount: "2" },
      { campaign_id: "zz", amount: "1" },
    ]) {
      const answer = await api.saveMonth({ month: "2026-03", rows: [{ campaign_id: "c2", amount: "1" }, second] });
      expect(fields(answer), second.campaign_id).toEqual(["rows.1.campaign_id"]);
    }

    expect(await db().spend.count()).toBe(1);
    expect(await db().spend.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ version: 2 });
    expect(await db().auditLog.count({ where: { entity: "spend" } })).toBe(2);

    // Two admins typing the same new month at once: the campaign lock lets exactly one create it.
    const both = await Promise.all([
      api.saveMonth({ month: "2026-04", rows: [{ campaign_id: "c2", amount: "10" }] }),
      api.saveMonth({ month: "2026-04", rows: [{ campaign_id: "c2", amount: "20" }] }),
    ]);
    expect(both.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await db().spend.count({ where: { campaignId: "c2" } })).toBe(1);
  });
});
