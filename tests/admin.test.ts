import { afterEach, describe, expect, test } from "vitest";
import { currentUser, hashToken } from "@/lib/auth/current-user";
import { checkCredentials } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { call, resetDatabase, seedUser, type Answer } from "./harness";

afterEach(resetDatabase);

// Answers are read loosely (success or error envelope) and asserted on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const api = call<any>;

/** An answer's status and body, to compare whole. */
const plain = ({ status, body }: Answer) => ({ status, body });

/** Whom a bearer token signs in, as any request carrying it would be authenticated. */
const holderOf = (token: string) => currentUser(new Request("http://localhost/", { headers: { authorization: `Bearer ${token}` } }));

async function auditOf(entity: string, entityId: string) {
  return db().auditLog.findMany({ where: { entity, entityId }, orderBy: { id: "asc" } });
}

const sampleUser = { email: "New.Person@Example.com", name: "New Person", role: "sales", password: "long-enough-1" };

describe("users", () => {
  test("create, list, read, change and deactivate, audited, never answering the password hash", async () => {
    const { user: admin, token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });

    const created = await api("POST", "/api/v1/users", { token, body: { ...sampleUser, team_id: "t1" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: "new.person@example.com",
      name: "New Person",
      role: "sales",
      team_id: "t1",
      active: true,
      created_at: expect.any(String),
    });
    const id = created.body.id;
    const stored = await db().user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword("long-enough-1", stored.passwordHash)).toBe(true);
    expect(stored.passwordHash).not.toContain("long-enough-1");

    const list = await api("GET", "/api/v1/users", { token });
    expect(list.status).toBe(200);
    expect(list.body.users.map((u: { email: string }) => u.email).sort()).toEqual([admin.email, "new.person@example.com"].sort());
    expect(JSON.stringify(list.body)).not.toMatch(/hash|\$2[aby]\$/i);
    expect(plain(await api("GET", `/api/v1/users/${id}`, { token }))).toEqual({ status: 200, body: created.body });

    const changed = await api("PATCH", `/api/v1/users/${id}`, { token, body: { role: "marketing", team_id: null, name: "Renamed" } });
    expect(changed).toMatchObject({ status: 200, body: { role: "marketing", team_id: null, name: "Renamed", active: true } });

    const reset = await api("PATCH", `/api/v1/users/${id}`, { token, body: { password: "another-password" } });
    expect(reset.status).toBe(200);
    expect(await checkCredentials({ email: "new.person@example.com", password: "another-password" })).not.toBeNull();

    const removed = await api("DELETE", `/api/v1/users/${id}`, { token });
    expect(removed).toMatchObject({ status: 200, body: { id, active: false } });
    expect(await db().user.count({ where: { id } })).toBe(1); // soft: the row stays for the audit log

    const audit = await auditOf("user", id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "update", "deactivate"]);
    expect(audit.every((a) => a.userId === admin.id)).toBe(true);
    expect(audit[1]!.before).toMatchObject({ role: "sales" });
    expect(audit[1]!.after).toMatchObject({ role: "marketing" });
    expect(audit[2]!.after).toMatchObject({ password: "changed" });
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(/\$2[aby]\$|another-password/);
  });

  test("a deactivated user can neither sign in nor use a token", async () => {
    const { token: adminToken } = await seedUser("admin");
    const { user, token } = await seedUser("sales", { password: "sales-password-1" });
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).not.toBeNull();
    expect((await api("DELETE", `/api/v1/users/${user.id}`, { token: adminToken })).status).toBe(200);
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).toBeNull();
    expect(await holderOf(token)).toBeNull();
    expect((await api("GET", "/api/v1/tokens", { token })).status).toBe(401);
  });

  test("a new password signs the old one out: the user's tokens are revoked", async () => {
    const { token: adminToken } = await seedUser("admin");
    const { user, token } = await seedUser("sales", { password: "sales-password-1" });
    expect(await holderOf(token)).not.toBeNull();
    const changed = await api("PATCH", `/api/v1/users/${user.id}`, { token: adminToken, body: { password: "brand-new-password-2" } });
    expect(changed.status).toBe(200);
    expect(await holderOf(token)).toBeNull();
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).toBeNull();
    expect(await checkCredentials({ email: user.email, password: "brand-new-password-2" })).not.toBeNull();
    // A change that keeps the password leaves tokens alone.
    const { user: marketing, token: other } = await seedUser("marketing");
    await api("PATCH", `/api/v1/users/${marketing.id}`, { token: adminToken, body: { name: "Renamed" } });
    expect(await holderOf(other)).not.toBeNull();
  });

  test("validation: 400 naming the fields, 409 for a duplicate email, 404 for an unknown id", async () => {
    const { user: admin, token } = await seedUser("admin");
    const bad = await api("POST", "/api/v1/users", { token, body: { email: "nope", name: "", role: "boss", password: "short" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["email", "name", "password", "role"]);
    expect(bad.body.error.details.find((d: { field: string }) => d.field === "password").message).toBe("must be at least 10 characters");

    const team = await api("POST", "/api/v1/users", { token, body: { ...sampleUser, team_id: "ghost" } });
    expect(team).toMatchObject({ status: 400, body: { error: { details: [{ field: "team_id" }] } } });

    const dup = await api("POST", "/api/v1/users", { token, body: { ...sampleUser, email: admin.email.toUpperCase() } });
    expect(dup).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", message: `A user with email ${admin.email} already exists.`, details: [{ field: "email" }] } },
    });

    expect((await api("GET", "/api/v1/users/nobody", { token })).status).toBe(404);
    expect((await api("PATCH", "/api/v1/users/nobody", { token, body: { name: "X" } })).status).toBe(404);
    expect((await api("DELETE", "/api/v1/users/nobody", { token })).status).toBe(404);
    expect((await api("PATCH", `/api/v1/users/${admin.id}`, { token, body: {} })).status).toBe(400);
    expect((await api("PATCH", `/api/v1/users/${admin.id}`, { token, body: { password_hash: "x" } })).status).toBe(400);
  });

  test.each([
    ["DELETE", undefined],
    ["PATCH", { active: false }],
    ["PATCH", { role: "marketing" }],
  ] as const)("the last active admin cannot be removed: %s %j answers 409", async (method, body) => {
    const { user: admin, token } = await seedUser("admin");
    await seedUser("admin", { active: false }); // an inactive admin does not count
    const answer = await api(method, `/api/v1/users/${admin.id}`, { token, body });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toBe(`${admin.email} is the last active admin; make another user an admin first.`);
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", active: true });
    expect(await auditOf("user", admin.id)).toEqual([]);
  });

  test("once another user is an admin, the first may be demoted, and the new one is then the last", async () => {
    const { user: admin, token } = await seedUser("admin");
    const { user: second } = await seedUser("marketing");
    expect((await api("PATCH", `/api/v1/users/${second.id}`, { token, body: { role: "admin" } })).status).toBe(200);
    expect((await api("PATCH", `/api/v1/users/${admin.id}`, { token, body: { role: "sales" } })).status).toBe(200);
    // The demoted admin's token no longer carries admin rights; the new admin is now the last one.
    expect((await api("DELETE", `/api/v1/users/${second.id}`, { token })).status).toBe(403);
    const { token: third } = await seedUser("admin");
    expect((await api("DELETE", `/api/v1/users/${second.id}`, { token: third })).status).toBe(200);
  });
});

describe("teams", () => {
  test("create, read, rename, delete, audited; the report GET is unchanged", async () => {
    const { user: admin, token } = await seedUser("admin");
    expect(plain(await api("POST", "/api/v1/teams", { token, body: { id: "emea", name: "EMEA" } }))).toEqual({
      status: 201,
      body: { id: "emea", name: "EMEA", kind: "sales" },
    });
    expect((await api("POST", "/api/v1/teams", { token, body: { id: "emea", name: "Again" } })).status).toBe(409);
    expect(
      (await api("POST", "/api/v1/teams", { token, body: { id: "a b", name: "X", kind: "ops" } })).body.error.details.map((d: { field: string }) => d.field),
    ).toEqual(["id", "kind"]);
    expect(plain(await api("PATCH", "/api/v1/teams/emea", { token, body: { name: "Europe" } }))).toEqual({
      status: 200,
      body: { id: "emea", name: "Europe", kind: "sales" },
    });
    expect((await api("PATCH", "/api/v1/teams/emea", { token, body: { id: "other" } })).status).toBe(400);
    const { token: sales } = await seedUser("sales");
    expect(plain(await api("GET", "/api/v1/teams/emea", { token: sales }))).toEqual({ status: 200, body: { id: "emea", name: "Europe", kind: "sales" } });

    const report = await api("GET", "/api/v1/teams?from=2026-03-01&to=2026-03-31", { token });
    expect(report.status).toBe(200);
    expect(report.body.teams[0]).toMatchObject({ id: "emea", name: "Europe", handoffs: 0 });
    expect((await api("GET", "/api/v1/teams?from=2026-03-31&to=2026-03-01", { token })).status).toBe(400);
    expect((await api("PATCH", "/api/v1/teams/emea", { token, body: { kind: "marketing" } })).body.kind).toBe("marketing");

    expect((await api("DELETE", "/api/v1/teams/emea", { token })).status).toBe(204);
    expect(await db().team.count()).toBe(0);
    expect((await api("DELETE", "/api/v1/teams/emea", { token })).status).toBe(404);
    expect((await api("PATCH", "/api/v1/teams/emea", { token, body: { name: "X" } })).status).toBe(404);
    expect((await api("GET", "/api/v1/teams/emea", { token })).status).toBe(404);

    const audit = await auditOf("team", "emea");
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["create", admin.id],
      ["update", admin.id],
      ["update", admin.id],
      ["delete", admin.id],
    ]);
    expect(audit[3]!.before).toEqual({ id: "emea", name: "Europe", kind: "marketing" });
  });

  test("a team still referenced by handoffs, opportunities or users is not deleted (409 naming them)", async () => {
    const { token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
    await db().lead.create({ data: { id: "L1", createdAt: new Date(), source: "marketing" } });
    await db().handoff.createMany({ data: [1, 2].map((n) => ({ id: `H${n}`, leadId: "L1", teamId: "t1", sentAt: new Date() })) });
    await db().opportunity.create({ data: { id: "O1", teamId: "t1", source: "sales", createdAt: new Date(), stage: "open" } });
    await seedUser("sales", { teamId: "t1" });
    const answer = await api("DELETE", "/api/v1/teams/t1", { token });
    expect(answer).toMatchObject({ status: 409, body: { error: { code: "conflict", details: { handoffs: 2, opportunities: 1, users: 1, targets: 0 } } } });
    expect(answer.body.error.message).toBe('Team "Alpha" (t1) is still referenced by 2 handoffs, 1 opportunity and 1 user; reassign or delete those first.');
    expect(await db().team.count()).toBe(1);
    expect(await auditOf("team", "t1")).toEqual([]);
  });
});

describe("campaigns", () => {
  test("marketing creates, changes and deletes a campaign, audited", async () => {
    const { user, token } = await seedUser("marketing");
    const body = { id: "spring", name: "Spring push", channel: "paid_social", starts_on: "2026-03-01", ends_on: "2026-05-31" };
    expect(plain(await api("POST", "/api/v1/campaigns", { token, body }))).toEqual({ status: 201, body });
    expect((await api("POST", "/api/v1/campaigns", { token, body })).status).toBe(409);
    expect(plain(await api("PATCH", "/api/v1/campaigns/spring", { token, body: { name: "Spring", ends_on: null } }))).toEqual({
      status: 200,
      body: { ...body, name: "Spring", ends_on: null },
    });
    expect((await api("GET", "/api/v1/campaigns/spring", { token })).body.name).toBe("Spring");
    expect((await api("GET", "/api/v1/campaigns?from=2026-03-01&to=2026-03-31", { token })).body.campaigns[0]).toMatchObject({
      id: "spring",
      name: "Spring",
      opportunities: 0,
    });
    expect((await api("DELETE", "/api/v1/campaigns/spring", { token })).status).toBe(204);
    expect((await api("GET", "/api/v1/campaigns/spring", { token })).status).toBe(404);
    expect((await auditOf("campaign", "spring")).map((a) => [a.action, a.userId])).toEqual([
      ["create", user.id],
      ["update", user.id],
      ["delete", user.id],
    ]);
  });

  test("dates: an end before the start is refused on ends_on, also against the stored start", async () => {
    const { token } = await seedUser("admin");
    const bad = await api("POST", "/api/v1/campaigns", {
      token,
      body: { id: "c1", name: "C", channel: "email", starts_on: "2026-03-02", ends_on: "2026-03-01" },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { details: [{ field: "ends_on", message: "must not be before starts_on" }] } } });
    expect((await api("POST", "/api/v1/campaigns", { token, body: { id: "c1", name: "C", channel: "tv" } })).body.error.details[0].field).toBe("channel");
    await api("POST", "/api/v1/campaigns", { token, body: { id: "c1", name: "C", channel: "email", starts_on: "2026-03-02" } });
    expect((await api("PATCH", "/api/v1/campaigns/c1", { token, body: { ends_on: "2026-02-01" } })).body.error.details[0].field).toBe("ends_on");
  });

  test("a campaign with spend, leads or opportunities is not deleted (409 naming them)", async () => {
    const { token } = await seedUser("admin");
    await db().campaign.create({ data: { id: "c1", name: "Search", channel: "paid_search" } });
    await db().spend.create({ data: { campaignId: "c1", periodStart: new Date("2026-03-01"), periodEnd: new Date("2026-03-31"), amount: "10.00" } });
    await db().lead.createMany({ data: [1, 2, 3].map((n) => ({ id: `L${n}`, createdAt: new Date(), source: "marketing" as const, campaignId: "c1" })) });
    const answer = await api("DELETE", "/api/v1/campaigns/c1", { token });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toBe('Campaign "Search" (c1) is still referenced by 1 spend row and 3 leads; reassign or delete those first.');
    expect(await db().campaign.count()).toBe(1);
  });
});

describe("targets", () => {
  test("create, read, change and delete a target with an exact decimal value, audited", async () => {
    const { user, token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
    const created = await api("POST", "/api/v1/targets", {
      token,
      body: { kpi_id: "win_rate", period_start: "2026-01-01", period_end: "2026-03-31", value: "0.25", team_id: "t1" },
    });
    expect(plain(created)).toEqual({
      status: 201,
      body: { id: expect.any(String), kpi_id: "win_rate", period_start: "2026-01-01", period_end: "2026-03-31", value: "0.25", team_id: "t1" },
    });
    const id = created.body.id;
    expect(await api("PATCH", `/api/v1/targets/${id}`, { token, body: { value: "123456789012.123456", team_id: null } })).toMatchObject({
      status: 200,
      body: { value: "123456789012.123456", team_id: null },
    });
    const { token: sales } = await seedUser("sales");
    expect((await api("GET", "/api/v1/targets", { token: sales })).body.targets).toHaveLength(1);
    expect(await api("GET", `/api/v1/targets/${id}`, { token: sales })).toMatchObject({ status: 200, body: { id, value: "123456789012.123456" } });
    expect((await api("DELETE", `/api/v1/targets/${id}`, { token })).status).toBe(204);
    expect((await api("DELETE", `/api/v1/targets/${id}`, { token })).status).toBe(404);
    expect((await api("GET", `/api/v1/targets/${id}`, { token })).status).toBe(404);
    expect((await auditOf("target", id)).map((a) => [a.action, a.userId])).toEqual([
      ["create", user.id],
      ["update", user.id],
      ["delete", user.id],
    ]);
  });

  test.each([
    ["an unknown KPI", { kpi_id: "happiness" }, "kpi_id"],
    ["a period ending before it starts", { period_end: "2026-02-28" }, "period_end"],
    ["a bad value", { value: "1,5" }, "value"],
    ["an unknown team", { team_id: "ghost" }, "team_id"],
  ])("%s answers 400 naming the field", async (_, change, field) => {
    const { token } = await seedUser("admin");
    const answer = await api("POST", "/api/v1/targets", {
      token,
      body: { kpi_id: "leads", period_start: "2026-03-01", period_end: "2026-03-31", value: 100, ...change },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect(await db().target.count()).toBe(0);
  });

  test("a change of one period bound is checked against the stored other one", async () => {
    const { token } = await seedUser("admin");
    const ok = await api("POST", "/api/v1/targets", { token, body: { kpi_id: "leads", period_start: "2026-03-01", period_end: "2026-03-31", value: 100 } });
    expect(ok.body.value).toBe("100");
    expect((await api("PATCH", `/api/v1/targets/${ok.body.id}`, { token, body: { period_start: "2026-04-01" } })).body.error.details[0].field).toBe(
      "period_end",
    );
    expect((await api("PATCH", `/api/v1/targets/${ok.body.id}`, { token, body: { kpi_id: "happiness" } })).body.error.details[0].field).toBe("kpi_id");
    expect(await db().target.count()).toBe(1);
  });
});

describe("API tokens", () => {
  test("a token is shown once, works as a bearer, and answers 401 once its owner revokes it", async () => {
    const { user, token: session } = await seedUser("sales");
    const created = await api("POST", "/api/v1/tokens", { token: session, body: { name: "Nightly export" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Nightly export",
      token: expect.stringMatching(/^tdm_/),
      revoked_at: null,
      owner: { id: user.id, email: user.email },
    });
    const secret: string = created.body.token;

    const list = await api("GET", "/api/v1/tokens", { token: secret });
    expect(list.status).toBe(200);
    expect(list.body.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["Nightly export", "test"]);
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toContain(hashToken(secret));
    expect(await holderOf(secret)).toMatchObject({ id: user.id });

    const revoked = await api("DELETE", `/api/v1/tokens/${created.body.id}`, { token: session });
    expect(revoked).toMatchObject({ status: 200, body: { id: created.body.id, revoked_at: expect.any(String) } });
    expect(await holderOf(secret)).toBeNull();
    expect(await api("GET", "/api/v1/tokens", { token: secret })).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect((await auditOf("api_token", created.body.id)).map((a) => [a.action, a.userId])).toEqual([
      ["create", user.id],
      ["revoke", user.id],
    ]);
  });

  test("others' tokens: hidden from and not revocable by non-admins; an admin sees and revokes them all", async () => {
    const { user: owner, token: ownerToken } = await seedUser("marketing");
    const { token: other } = await seedUser("sales");
    const { user: admin, token: adminToken } = await seedUser("admin");
    const ownerTokenId = (await db().apiToken.findFirstOrThrow({ where: { userId: owner.id } })).id;

    const seen = await api("GET", "/api/v1/tokens", { token: other });
    expect(seen.body.tokens).toHaveLength(1);
    expect((await api("DELETE", `/api/v1/tokens/${ownerTokenId}`, { token: other })).status).toBe(403);

    const all = await api("GET", "/api/v1/tokens", { token: adminToken });
    expect(all.body.tokens).toHaveLength(3);
    expect(all.body.tokens.find((t: { id: string }) => t.id === ownerTokenId).owner).toEqual({ id: owner.id, email: owner.email, name: owner.name });

    expect((await api("DELETE", `/api/v1/tokens/${ownerTokenId}`, { token: adminToken })).status).toBe(200);
    expect((await api("GET", "/api/v1/tokens", { token: ownerToken })).status).toBe(401);
    expect((await auditOf("api_token", ownerTokenId))[0]!.userId).toBe(admin.id);
    expect((await api("DELETE", "/api/v1/tokens/nope", { token: adminToken })).status).toBe(404);
    expect((await api("POST", "/api/v1/tokens", { token: adminToken, body: { name: " " } })).body.error.details[0].field).toBe("name");
  });
});

describe("roles on every write", () => {
  type Method = "GET" | "POST" | "PATCH" | "DELETE";
  const WRITES: [name: string, method: Method, url: string, body: unknown, allowed: Role[]][] = [
    ["POST users", "POST", "/api/v1/users", sampleUser, ["admin"]],
    ["GET users", "GET", "/api/v1/users", undefined, ["admin"]],
    ["GET user", "GET", "/api/v1/users/x", undefined, ["admin"]],
    ["PATCH user", "PATCH", "/api/v1/users/x", { name: "X" }, ["admin"]],
    ["DELETE user", "DELETE", "/api/v1/users/x", undefined, ["admin"]],
    ["POST teams", "POST", "/api/v1/teams", { id: "t9", name: "T" }, ["admin"]],
    ["PATCH team", "PATCH", "/api/v1/teams/x", { name: "X" }, ["admin"]],
    ["DELETE team", "DELETE", "/api/v1/teams/x", undefined, ["admin"]],
    ["POST campaigns", "POST", "/api/v1/campaigns", { id: "c9", name: "C", channel: "email" }, ["admin", "marketing"]],
    ["PATCH campaign", "PATCH", "/api/v1/campaigns/x", { name: "X" }, ["admin", "marketing"]],
    ["DELETE campaign", "DELETE", "/api/v1/campaigns/x", undefined, ["admin", "marketing"]],
    ["POST targets", "POST", "/api/v1/targets", { kpi_id: "leads", period_start: "2026-03-01", period_end: "2026-03-31", value: 1 }, ["admin"]],
    ["PATCH target", "PATCH", "/api/v1/targets/x", { value: 2 }, ["admin"]],
    ["DELETE target", "DELETE", "/api/v1/targets/x", undefined, ["admin"]],
    ["POST tokens", "POST", "/api/v1/tokens", { name: "n" }, ["admin", "marketing", "sales"]],
    ["DELETE token", "DELETE", "/api/v1/tokens/x", undefined, ["admin", "marketing", "sales"]],
    ["PATCH settings", "PATCH", "/api/v1/settings", { followUpSlaHours: 8 }, ["admin"]],
  ];

  const snapshot = async () => ({
    audit: await db().auditLog.count(),
    users: await db().user.count(),
    teams: await db().team.count(),
    campaigns: await db().campaign.count(),
    targets: await db().target.count(),
    tokens: await db().apiToken.count(),
    settings: await db().setting.count(),
  });

  test.each(WRITES)(
    "%s: 401 without a token, 403 for roles that may not, nothing written or audited when refused",
    async (name, method, url, body, allowed) => {
      const before = await snapshot();
      expect((await api(method, url, { body })).status, `${name} without a token`).toBe(401);
      expect(await snapshot()).toEqual(before);
      for (const role of ["marketing", "sales"] as const) {
        const { token } = await seedUser(role);
        const seeded = await snapshot();
        const answer = await api(method, url, { token, body });
        if (allowed.includes(role)) {
          // Past authorization: a 200 or 201, or a 404 for the made-up id "x".
          expect([200, 201, 404], `${name} as ${role}`).toContain(answer.status);
        } else {
          expect(answer, `${name} as ${role}`).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
          expect(await snapshot(), `${name} as ${role} wrote nothing`).toEqual(seeded);
        }
      }
    },
  );
});
