import { afterEach, describe, expect, test, vi } from "vitest";
import * as campaignItem from "@/app/api/v1/campaigns/[id]/route";
import * as campaigns from "@/app/api/v1/campaigns/route";
import * as targetItem from "@/app/api/v1/targets/[id]/route";
import * as targets from "@/app/api/v1/targets/route";
import * as teamItem from "@/app/api/v1/teams/[id]/route";
import * as teams from "@/app/api/v1/teams/route";
import * as tokenItem from "@/app/api/v1/tokens/[id]/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as userItem from "@/app/api/v1/users/[id]/route";
import * as users from "@/app/api/v1/users/route";
import { currentUser, hashToken, newToken } from "@/lib/auth/current-user";
import { checkCredentials } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { resetDatabase } from "./helpers";

// Outside a Next.js request there is no session; requests here authenticate with bearer tokens.
vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: vi.fn(async () => null) }));

afterEach(resetDatabase);

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

function bearer(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Calls a route handler the way Next.js does and reads the envelope or the data back. */
async function call(handler: Handler, method: string, path: string, options: { token?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { "content-type": "application/json", ...bearer(options.token) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (text ? JSON.parse(text) : null) as any };
}

let seq = 0;
/** A user with a bearer token, created through Prisma as each test needs it. */
async function seedUser(role: Role, options: { active?: boolean; teamId?: string; password?: string } = {}) {
  seq += 1;
  const user = await db().user.create({
    data: { email: `${role}${seq}@example.com`, name: `${role} ${seq}`, role, active: options.active ?? true, teamId: options.teamId, passwordHash: await hashPassword(options.password ?? "not-used-here") },
  });
  const token = newToken();
  await db().apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hashToken(token) } });
  return { user, token };
}

async function auditOf(entity: string, entityId: string) {
  return db().auditLog.findMany({ where: { entity, entityId }, orderBy: { id: "asc" } });
}

const sampleUser = { email: "New.Person@Example.com", name: "New Person", role: "sales", password: "long-enough-1" };

describe("users", () => {
  test("create, list, change and deactivate, audited, never answering the password hash", async () => {
    const { user: admin, token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });

    const created = await call(users.POST, "POST", "/api/v1/users", { token, body: { ...sampleUser, team_id: "t1" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), email: "new.person@example.com", name: "New Person", role: "sales", team_id: "t1", active: true, created_at: expect.any(String) });
    const id = created.body.id;
    const stored = await db().user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword("long-enough-1", stored.passwordHash)).toBe(true);
    expect(stored.passwordHash).not.toContain("long-enough-1");

    const list = await call(users.GET, "GET", "/api/v1/users", { token });
    expect(list.status).toBe(200);
    expect(list.body.users.map((u: { email: string }) => u.email).sort()).toEqual([admin.email, "new.person@example.com"].sort());
    expect(JSON.stringify(list.body)).not.toMatch(/hash|\$2[aby]\$/i);

    const changed = await call(userItem.PATCH, "PATCH", `/api/v1/users/${id}`, { token, params: { id }, body: { role: "marketing", team_id: null, name: "Renamed" } });
    expect(changed).toMatchObject({ status: 200, body: { role: "marketing", team_id: null, name: "Renamed", active: true } });

    const reset = await call(userItem.PATCH, "PATCH", `/api/v1/users/${id}`, { token, params: { id }, body: { password: "another-password" } });
    expect(reset.status).toBe(200);
    expect(await checkCredentials({ email: "new.person@example.com", password: "another-password" })).not.toBeNull();

    const removed = await call(userItem.DELETE, "DELETE", `/api/v1/users/${id}`, { token, params: { id } });
    expect(removed).toMatchObject({ status: 200, body: { id, active: false } });
    expect(await db().user.count({ where: { id } })).toBe(1); // soft: the row stays for the audit log

    const audit = await auditOf("user", id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "update", "deactivate"]);
    expect(audit.every((a) => a.userId === admin.id)).toBe(true);
    expect(audit[1].before).toMatchObject({ role: "sales" });
    expect(audit[1].after).toMatchObject({ role: "marketing" });
    expect(audit[2].after).toMatchObject({ password: "changed" });
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(/\$2[aby]\$|another-password/);
  });

  test("a deactivated user can neither sign in nor use a token", async () => {
    const { token: adminToken } = await seedUser("admin");
    const { user, token } = await seedUser("sales", { password: "sales-password-1" });
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).not.toBeNull();
    expect((await call(userItem.DELETE, "DELETE", "/", { token: adminToken, params: { id: user.id } })).status).toBe(200);
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).toBeNull();
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(token) }))).toBeNull();
    expect((await call(tokens.GET, "GET", "/api/v1/tokens", { token })).status).toBe(401);
  });

  test("a new password signs the old one out: the user's tokens are revoked", async () => {
    const { token: adminToken } = await seedUser("admin");
    const { user, token } = await seedUser("sales", { password: "sales-password-1" });
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(token) }))).not.toBeNull();
    const changed = await call(userItem.PATCH, "PATCH", "/", { token: adminToken, params: { id: user.id }, body: { password: "brand-new-password-2" } });
    expect(changed.status).toBe(200);
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(token) }))).toBeNull();
    expect(await checkCredentials({ email: user.email, password: "sales-password-1" })).toBeNull();
    expect(await checkCredentials({ email: user.email, password: "brand-new-password-2" })).not.toBeNull();
    // A change that keeps the password leaves tokens alone.
    const { token: other } = await seedUser("marketing");
    const marketing = await db().user.findFirstOrThrow({ where: { role: "marketing" } });
    await call(userItem.PATCH, "PATCH", "/", { token: adminToken, params: { id: marketing.id }, body: { name: "Renamed" } });
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(other) }))).not.toBeNull();
  });

  test("validation: 400 naming the fields, 409 for a duplicate email, 404 for an unknown id", async () => {
    const { user: admin, token } = await seedUser("admin");
    const bad = await call(users.POST, "POST", "/api/v1/users", { token, body: { email: "nope", name: "", role: "boss", password: "short" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["email", "name", "password", "role"]);
    expect(bad.body.error.details.find((d: { field: string }) => d.field === "password").message).toBe("must be at least 10 characters");

    const team = await call(users.POST, "POST", "/api/v1/users", { token, body: { ...sampleUser, team_id: "ghost" } });
    expect(team).toMatchObject({ status: 400, body: { error: { details: [{ field: "team_id" }] } } });

    const dup = await call(users.POST, "POST", "/api/v1/users", { token, body: { ...sampleUser, email: admin.email.toUpperCase() } });
    expect(dup).toMatchObject({ status: 409, body: { error: { code: "conflict", message: `A user with email ${admin.email} already exists.`, details: [{ field: "email" }] } } });

    expect((await call(userItem.PATCH, "PATCH", "/", { token, params: { id: "nobody" }, body: { name: "X" } })).status).toBe(404);
    expect((await call(userItem.DELETE, "DELETE", "/", { token, params: { id: "nobody" } })).status).toBe(404);
    expect((await call(userItem.PATCH, "PATCH", "/", { token, params: { id: admin.id }, body: {} })).status).toBe(400);
    expect((await call(userItem.PATCH, "PATCH", "/", { token, params: { id: admin.id }, body: { password_hash: "x" } })).status).toBe(400);
  });

  test("the last active admin cannot be deactivated, demoted or deleted", async () => {
    const { user: admin, token } = await seedUser("admin");
    await seedUser("admin", { active: false }); // an inactive admin does not count
    const id = admin.id;
    for (const [handler, method, body] of [
      [userItem.DELETE, "DELETE", undefined],
      [userItem.PATCH, "PATCH", { active: false }],
      [userItem.PATCH, "PATCH", { role: "marketing" }],
    ] as const) {
      const answer = await call(handler, method, "/", { token, params: { id }, body });
      expect(answer.status, method).toBe(409);
      expect(answer.body.error.message).toBe(`${admin.email} is the last active admin; make another user an admin first.`);
    }
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "admin", active: true });
    expect(await auditOf("user", id)).toEqual([]);

    const { user: second } = await seedUser("marketing");
    expect((await call(userItem.PATCH, "PATCH", "/", { token, params: { id: second.id }, body: { role: "admin" } })).status).toBe(200);
    expect((await call(userItem.PATCH, "PATCH", "/", { token, params: { id }, body: { role: "sales" } })).status).toBe(200);
    // The demoted admin's token no longer carries admin rights; the new admin is now the last one.
    expect((await call(userItem.DELETE, "DELETE", "/", { token, params: { id: second.id } })).status).toBe(403);
    const { token: third } = await seedUser("admin");
    expect((await call(userItem.DELETE, "DELETE", "/", { token: third, params: { id: second.id } })).status).toBe(200);
  });
});

describe("teams", () => {
  test("create, rename, delete, audited; the report GET is unchanged", async () => {
    const { user: admin, token } = await seedUser("admin");
    expect(await call(teams.POST, "POST", "/api/v1/teams", { token, body: { id: "emea", name: "EMEA" } })).toEqual({ status: 201, body: { id: "emea", name: "EMEA", kind: "sales" } });
    expect((await call(teams.POST, "POST", "/api/v1/teams", { token, body: { id: "emea", name: "Again" } })).status).toBe(409);
    expect((await call(teams.POST, "POST", "/api/v1/teams", { token, body: { id: "a b", name: "X", kind: "ops" } })).body.error.details.map((d: { field: string }) => d.field)).toEqual(["id", "kind"]);
    expect(await call(teamItem.PATCH, "PATCH", "/", { token, params: { id: "emea" }, body: { name: "Europe" } })).toEqual({ status: 200, body: { id: "emea", name: "Europe", kind: "sales" } });
    expect((await call(teamItem.PATCH, "PATCH", "/", { token, params: { id: "emea" }, body: { id: "other" } })).status).toBe(400);

    const report = await call(teams.GET, "GET", "/api/v1/teams?from=2026-03-01&to=2026-03-31", { token });
    expect(report.status).toBe(200);
    expect(report.body.teams[0]).toMatchObject({ id: "emea", name: "Europe", handoffs: 0 });
    expect((await call(teams.GET, "GET", "/api/v1/teams?from=2026-03-31&to=2026-03-01", { token })).status).toBe(400);
    expect((await call(teamItem.PATCH, "PATCH", "/", { token, params: { id: "emea" }, body: { kind: "marketing" } })).body.kind).toBe("marketing");

    expect((await call(teamItem.DELETE, "DELETE", "/", { token, params: { id: "emea" } })).status).toBe(204);
    expect(await db().team.count()).toBe(0);
    expect((await call(teamItem.DELETE, "DELETE", "/", { token, params: { id: "emea" } })).status).toBe(404);
    expect((await call(teamItem.PATCH, "PATCH", "/", { token, params: { id: "emea" }, body: { name: "X" } })).status).toBe(404);

    const audit = await auditOf("team", "emea");
    expect(audit.map((a) => [a.action, a.userId])).toEqual([["create", admin.id], ["update", admin.id], ["update", admin.id], ["delete", admin.id]]);
    expect(audit[3].before).toEqual({ id: "emea", name: "Europe", kind: "marketing" });
  });

  test("a team still referenced by handoffs, opportunities or users is not deleted (409 naming them)", async () => {
    const { token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
    await db().lead.create({ data: { id: "L1", createdAt: new Date(), source: "marketing" } });
    await db().handoff.createMany({ data: [1, 2].map((n) => ({ id: `H${n}`, leadId: "L1", teamId: "t1", sentAt: new Date() })) });
    await db().opportunity.create({ data: { id: "O1", teamId: "t1", source: "sales", createdAt: new Date(), stage: "open" } });
    await seedUser("sales", { teamId: "t1" });
    const answer = await call(teamItem.DELETE, "DELETE", "/", { token, params: { id: "t1" } });
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
    expect(await call(campaigns.POST, "POST", "/api/v1/campaigns", { token, body })).toEqual({ status: 201, body });
    expect((await call(campaigns.POST, "POST", "/api/v1/campaigns", { token, body })).status).toBe(409);
    expect(await call(campaignItem.PATCH, "PATCH", "/", { token, params: { id: "spring" }, body: { name: "Spring", ends_on: null } })).toEqual({ status: 200, body: { ...body, name: "Spring", ends_on: null } });
    expect((await call(campaignItem.GET, "GET", "/", { token, params: { id: "spring" } })).body.name).toBe("Spring");
    expect((await call(campaigns.GET, "GET", "/api/v1/campaigns?from=2026-03-01&to=2026-03-31", { token })).body.campaigns[0]).toMatchObject({ id: "spring", name: "Spring", opportunities: 0 });
    expect((await call(campaignItem.DELETE, "DELETE", "/", { token, params: { id: "spring" } })).status).toBe(204);
    expect((await call(campaignItem.GET, "GET", "/", { token, params: { id: "spring" } })).status).toBe(404);
    expect((await auditOf("campaign", "spring")).map((a) => [a.action, a.userId])).toEqual([["create", user.id], ["update", user.id], ["delete", user.id]]);
  });

  test("dates: an end before the start is refused on ends_on, also against the stored start", async () => {
    const { token } = await seedUser("admin");
    const bad = await call(campaigns.POST, "POST", "/api/v1/campaigns", { token, body: { id: "c1", name: "C", channel: "email", starts_on: "2026-03-02", ends_on: "2026-03-01" } });
    expect(bad).toMatchObject({ status: 400, body: { error: { details: [{ field: "ends_on", message: "must not be before starts_on" }] } } });
    expect((await call(campaigns.POST, "POST", "/api/v1/campaigns", { token, body: { id: "c1", name: "C", channel: "tv" } })).body.error.details[0].field).toBe("channel");
    await call(campaigns.POST, "POST", "/api/v1/campaigns", { token, body: { id: "c1", name: "C", channel: "email", starts_on: "2026-03-02" } });
    expect((await call(campaignItem.PATCH, "PATCH", "/", { token, params: { id: "c1" }, body: { ends_on: "2026-02-01" } })).body.error.details[0].field).toBe("ends_on");
  });

  test("a campaign with spend, leads or opportunities is not deleted (409 naming them)", async () => {
    const { token } = await seedUser("admin");
    await db().campaign.create({ data: { id: "c1", name: "Search", channel: "paid_search" } });
    await db().spend.create({ data: { campaignId: "c1", periodStart: new Date("2026-03-01"), periodEnd: new Date("2026-03-31"), amount: "10.00" } });
    await db().lead.createMany({ data: [1, 2, 3].map((n) => ({ id: `L${n}`, createdAt: new Date(), source: "marketing" as const, campaignId: "c1" })) });
    const answer = await call(campaignItem.DELETE, "DELETE", "/", { token, params: { id: "c1" } });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toBe('Campaign "Search" (c1) is still referenced by 1 spend row and 3 leads; reassign or delete those first.');
    expect(await db().campaign.count()).toBe(1);
  });
});

describe("targets", () => {
  test("create, change and delete a target with an exact decimal value, audited", async () => {
    const { user, token } = await seedUser("admin");
    await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
    const created = await call(targets.POST, "POST", "/api/v1/targets", { token, body: { kpi_id: "win_rate", period_start: "2026-01-01", period_end: "2026-03-31", value: "0.25", team_id: "t1" } });
    expect(created).toEqual({ status: 201, body: { id: expect.any(String), kpi_id: "win_rate", period_start: "2026-01-01", period_end: "2026-03-31", value: "0.25", team_id: "t1" } });
    const id = created.body.id;
    expect(await call(targetItem.PATCH, "PATCH", "/", { token, params: { id }, body: { value: "123456789012.123456", team_id: null } })).toMatchObject({ status: 200, body: { value: "123456789012.123456", team_id: null } });
    const { token: sales } = await seedUser("sales");
    expect((await call(targets.GET, "GET", "/api/v1/targets", { token: sales })).body.targets).toHaveLength(1);
    expect((await call(targetItem.DELETE, "DELETE", "/", { token, params: { id } })).status).toBe(204);
    expect((await call(targetItem.DELETE, "DELETE", "/", { token, params: { id } })).status).toBe(404);
    expect((await auditOf("target", id)).map((a) => [a.action, a.userId])).toEqual([["create", user.id], ["update", user.id], ["delete", user.id]]);
  });

  test("an unknown KPI, a period ending before it starts, a bad value or team answer 400 naming the field", async () => {
    const { token } = await seedUser("admin");
    const base = { kpi_id: "leads", period_start: "2026-03-01", period_end: "2026-03-31", value: 100 };
    const field = async (body: unknown) => (await call(targets.POST, "POST", "/api/v1/targets", { token, body })).body.error.details.map((d: { field: string }) => d.field);
    expect(await field({ ...base, kpi_id: "happiness" })).toEqual(["kpi_id"]);
    expect(await field({ ...base, period_end: "2026-02-28" })).toEqual(["period_end"]);
    expect(await field({ ...base, value: "1,5" })).toEqual(["value"]);
    expect(await field({ ...base, team_id: "ghost" })).toEqual(["team_id"]);
    const ok = await call(targets.POST, "POST", "/api/v1/targets", { token, body: base });
    expect(ok.body.value).toBe("100");
    expect((await call(targetItem.PATCH, "PATCH", "/", { token, params: { id: ok.body.id }, body: { period_start: "2026-04-01" } })).body.error.details[0].field).toBe("period_end");
    expect(await db().target.count()).toBe(1);
  });
});

describe("API tokens", () => {
  test("a token is shown once, works as a bearer, and answers 401 once its owner revokes it", async () => {
    const { user, token: session } = await seedUser("sales");
    const created = await call(tokens.POST, "POST", "/api/v1/tokens", { token: session, body: { name: "Nightly export" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Nightly export", token: expect.stringMatching(/^tdm_/), revoked_at: null, owner: { id: user.id, email: user.email } });
    const secret: string = created.body.token;

    const list = await call(tokens.GET, "GET", "/api/v1/tokens", { token: secret });
    expect(list.status).toBe(200);
    expect(list.body.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["Nightly export", "test"]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(JSON.stringify(list.body)).not.toContain(hashToken(secret));
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(secret) }))).toMatchObject({ id: user.id });

    const revoked = await call(tokenItem.DELETE, "DELETE", "/", { token: session, params: { id: created.body.id } });
    expect(revoked).toMatchObject({ status: 200, body: { id: created.body.id, revoked_at: expect.any(String) } });
    expect(await currentUser(new Request("http://localhost/", { headers: bearer(secret) }))).toBeNull();
    expect(await call(tokens.GET, "GET", "/api/v1/tokens", { token: secret })).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect((await auditOf("api_token", created.body.id)).map((a) => [a.action, a.userId])).toEqual([["create", user.id], ["revoke", user.id]]);
  });

  test("others' tokens: hidden from and not revocable by non-admins; an admin sees and revokes them all", async () => {
    const { user: owner, token: ownerToken } = await seedUser("marketing");
    const { token: other } = await seedUser("sales");
    const { user: admin, token: adminToken } = await seedUser("admin");
    const ownerTokenId = (await db().apiToken.findFirstOrThrow({ where: { userId: owner.id } })).id;

    const seen = await call(tokens.GET, "GET", "/api/v1/tokens", { token: other });
    expect(seen.body.tokens).toHaveLength(1);
    expect((await call(tokenItem.DELETE, "DELETE", "/", { token: other, params: { id: ownerTokenId } })).status).toBe(403);

    const all = await call(tokens.GET, "GET", "/api/v1/tokens", { token: adminToken });
    expect(all.body.tokens).toHaveLength(3);
    expect(all.body.tokens.find((t: { id: string }) => t.id === ownerTokenId).owner).toEqual({ id: owner.id, email: owner.email, name: owner.name });

    expect((await call(tokenItem.DELETE, "DELETE", "/", { token: adminToken, params: { id: ownerTokenId } })).status).toBe(200);
    expect((await call(tokens.GET, "GET", "/api/v1/tokens", { token: ownerToken })).status).toBe(401);
    expect((await auditOf("api_token", ownerTokenId))[0].userId).toBe(admin.id);
    expect((await call(tokenItem.DELETE, "DELETE", "/", { token: adminToken, params: { id: "nope" } })).status).toBe(404);
    expect((await call(tokens.POST, "POST", "/api/v1/tokens", { token: adminToken, body: { name: " " } })).body.error.details[0].field).toBe("name");
  });
});

describe("roles on every write", () => {
  type Write = { name: string; handler: Handler; method: string; params?: Record<string, string>; body?: unknown; allowed: Role[] };
  const WRITES: Write[] = [
    { name: "POST users", handler: users.POST, method: "POST", body: sampleUser, allowed: ["admin"] },
    { name: "GET users", handler: users.GET, method: "GET", allowed: ["admin"] },
    { name: "PATCH user", handler: userItem.PATCH, method: "PATCH", params: { id: "x" }, body: { name: "X" }, allowed: ["admin"] },
    { name: "DELETE user", handler: userItem.DELETE, method: "DELETE", params: { id: "x" }, allowed: ["admin"] },
    { name: "POST teams", handler: teams.POST, method: "POST", body: { id: "t9", name: "T" }, allowed: ["admin"] },
    { name: "PATCH team", handler: teamItem.PATCH, method: "PATCH", params: { id: "x" }, body: { name: "X" }, allowed: ["admin"] },
    { name: "DELETE team", handler: teamItem.DELETE, method: "DELETE", params: { id: "x" }, allowed: ["admin"] },
    { name: "POST campaigns", handler: campaigns.POST, method: "POST", body: { id: "c9", name: "C", channel: "email" }, allowed: ["admin", "marketing"] },
    { name: "PATCH campaign", handler: campaignItem.PATCH, method: "PATCH", params: { id: "x" }, body: { name: "X" }, allowed: ["admin", "marketing"] },
    { name: "DELETE campaign", handler: campaignItem.DELETE, method: "DELETE", params: { id: "x" }, allowed: ["admin", "marketing"] },
    { name: "POST targets", handler: targets.POST, method: "POST", body: { kpi_id: "leads", period_start: "2026-03-01", period_end: "2026-03-31", value: 1 }, allowed: ["admin"] },
    { name: "PATCH target", handler: targetItem.PATCH, method: "PATCH", params: { id: "x" }, body: { value: 2 }, allowed: ["admin"] },
    { name: "DELETE target", handler: targetItem.DELETE, method: "DELETE", params: { id: "x" }, allowed: ["admin"] },
    { name: "POST tokens", handler: tokens.POST, method: "POST", body: { name: "n" }, allowed: ["admin", "marketing", "sales"] },
    { name: "DELETE token", handler: tokenItem.DELETE, method: "DELETE", params: { id: "x" }, allowed: ["admin", "marketing", "sales"] },
  ];

  test("403 for roles that may not, 401 without a token; nothing written or audited when refused", async () => {
    const tokensByRole = { admin: (await seedUser("admin")).token, marketing: (await seedUser("marketing")).token, sales: (await seedUser("sales")).token };
    for (const write of WRITES) {
      const anonymous = await call(write.handler, write.method, "/", { params: write.params, body: write.body });
      expect(anonymous.status, `${write.name} without a token`).toBe(401);
      for (const role of ["marketing", "sales"] as const) {
        const answer = await call(write.handler, write.method, "/", { token: tokensByRole[role], params: write.params, body: write.body });
        // Allowed roles get past authorization: a 201, or a 404 for the made-up id "x".
        if (write.allowed.includes(role)) expect([200, 201, 404], `${write.name} as ${role}`).toContain(answer.status);
        else expect(answer, `${write.name} as ${role}`).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
      }
    }
    expect(await db().team.count()).toBe(0);
    expect(await db().target.count()).toBe(0);
    expect(await db().user.count()).toBe(3);
    expect((await db().auditLog.findMany()).map((a) => a.entity).sort()).toEqual(["api_token", "api_token", "campaign"]);
  });
});
