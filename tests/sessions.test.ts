import { afterEach, expect, test } from "vitest";
import { userFromSession } from "@/lib/auth/current-user";
import type { SessionClaims } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { Browser } from "./browser";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(resetDatabase);

const PASSWORD = "the right password";

async function signedIn(email: string): Promise<Browser> {
  const browser = new Browser();
  const answer = await browser.signIn(email, PASSWORD);
  if (answer.status !== 200) throw new Error(`${email} could not sign in: ${answer.status} ${answer.url}`);
  return browser;
}

async function setUp() {
  const { token: adminToken } = await seedUser("admin");
  const { user, token } = await seedUser("sales", { password: PASSWORD });
  return { adminToken, user, bearer: token, browser: await signedIn(user.email) };
}

type Context = Awaited<ReturnType<typeof setUp>>;

test.each<[string, (c: Context) => unknown]>([
  ["a password change", (c) => call("PATCH", `/api/v1/users/${c.user.id}`, { token: c.adminToken, body: { password: "a brand new password" } })],
  ["a role change", (c) => call("PATCH", `/api/v1/users/${c.user.id}`, { token: c.adminToken, body: { role: "marketing" } })],
  [
    "a deactivation and a reactivation",
    async (c) => {
      await call("DELETE", `/api/v1/users/${c.user.id}`, { token: c.adminToken });
      await call("PATCH", `/api/v1/users/${c.user.id}`, { token: c.adminToken, body: { active: true } });
    },
  ],
  ["a sign-out", (c) => c.browser.copy().signOut()],
])("a browser session reads until %s, then never again, though the cookie is still a valid JWT", async (_, change) => {
  const context = await setUp();
  const cookie = context.browser.copy();
  expect((await cookie.user())?.email).toBe(context.user.email);
  await change(context);
  expect((await cookie.session())?.uid).toBe(context.user.id);
  expect(await cookie.user()).toBeNull();
});

test("a name or team change keeps the user signed in", async () => {
  const context = await setUp();
  await db().team.create({ data: { id: "smb", name: "SMB", kind: "sales" } });
  expect((await call("PATCH", `/api/v1/users/${context.user.id}`, { token: context.adminToken, body: { name: "Renamed", team_id: "smb" } })).status).toBe(200);
  expect(await context.browser.user()).toMatchObject({ name: "Renamed", teamId: "smb" });
});

test("signing out ends that browser's session only: the user's other browsers and next sign-in read", async () => {
  const context = await setUp();
  const other = await signedIn(context.user.email);
  const replayed = context.browser.copy();
  const sid = (await replayed.session())?.sid;
  expect(sid).toEqual(expect.any(String));
  expect((await other.session())?.sid).not.toBe(sid);
  await context.browser.signOut();
  expect(context.browser.cookies["next-auth.session-token"]).toBeUndefined();
  expect(await replayed.user()).toBeNull();
  expect((await other.user())?.id).toBe(context.user.id);
  expect((await (await signedIn(context.user.email)).user())?.id).toBe(context.user.id);
  // Replaying the sign-out changes nothing; long-expired entries are cleared on the way.
  await db().signedOutSession.create({ data: { id: "long-gone", expiresAt: new Date(Date.now() - 1000) } });
  await replayed.signOut();
  expect(await db().signedOutSession.findMany({ select: { id: true } })).toEqual([{ id: sid }]);
});

test("a new password ends every browser session of the user, and the API tokens", async () => {
  const context = await setUp();
  const other = await signedIn(context.user.email);
  await call("PATCH", `/api/v1/users/${context.user.id}`, { token: context.adminToken, body: { password: "a brand new password" } });
  expect(await context.browser.user()).toBeNull();
  expect(await other.user()).toBeNull();
  expect((await call("GET", "/api/v1/options", { token: context.bearer })).status).toBe(401);
});

test.each<[string, SessionClaims | null]>([
  ["no session", null],
  ["a cookie without a session version or id (signed in before they existed)", { uid: "someone" }],
  ["a cookie without a session id", { uid: "someone", sv: 0 }],
  ["a version as text", { uid: "someone", sv: "0", sid: "s" }],
])("%s reads as nobody", async (_, claims) => {
  const { user } = await seedUser("admin");
  expect(await userFromSession(claims && { ...claims, uid: user.id })).toBeNull();
});

test("a role change leaves the API tokens working with the new role; a deactivation revokes them for good", async () => {
  const context = await setUp();
  await call("PATCH", `/api/v1/users/${context.user.id}`, { token: context.adminToken, body: { role: "marketing" } });
  const tokens = await call<{ tokens: { name: string }[] }>("GET", "/api/v1/tokens", { token: context.bearer });
  expect(tokens.status).toBe(200);
  // Marketing may manage campaigns; sales may not: the token acts with the role of now.
  expect((await call("POST", "/api/v1/campaigns", { token: context.bearer, body: { id: "c-new", name: "New", channel: "email" } })).status).toBe(201);

  await call("DELETE", `/api/v1/users/${context.user.id}`, { token: context.adminToken });
  await call("PATCH", `/api/v1/users/${context.user.id}`, { token: context.adminToken, body: { active: true } });
  expect((await call("GET", "/api/v1/options", { token: context.bearer })).status).toBe(401);
  const listed = await call<{ tokens: { revoked_at: string | null }[] }>("GET", "/api/v1/tokens", { token: context.adminToken });
  expect(listed.body.tokens.filter((t) => t.revoked_at).length).toBe(1);
});

test("a token with expires_in_days works until then and answers 401 after", async () => {
  const { token } = await seedUser("marketing");
  const created = await call<{ token: string; expires_at: string | null; id: string }>("POST", "/api/v1/tokens", {
    token,
    body: { name: "Quarterly export", expires_in_days: 30 },
  });
  expect(created.status).toBe(201);
  const days = (Date.parse(created.body.expires_at!) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29.9);
  expect(days).toBeLessThanOrEqual(30);
  expect((await call("GET", "/api/v1/options", { token: created.body.token })).status).toBe(200);

  await db().apiToken.update({ where: { id: created.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const expired = await call<{ error: { code: string } }>("GET", "/api/v1/options", { token: created.body.token });
  expect(expired.status).toBe(401);
  expect(expired.body.error.code).toBe("unauthorized");
  // Listed with its expiry; the owner's other token still works.
  const listed = await call<{ tokens: { id: string; expires_at: string | null }[] }>("GET", "/api/v1/tokens", { token });
  expect(listed.body.tokens.find((t) => t.id === created.body.id)?.expires_at).not.toBeNull();
  expect(listed.body.tokens.find((t) => t.id !== created.body.id)?.expires_at).toBeNull();
});

test.each([
  ["omitted", {}],
  ["null", { expires_in_days: null }],
  ["empty (the form's Never)", { expires_in_days: "" }],
])("a token created with expires_in_days %s does not expire", async (_, extra) => {
  const { token } = await seedUser("sales");
  const created = await call<{ expires_at: string | null }>("POST", "/api/v1/tokens", { token, body: { name: "Forever", ...extra } });
  expect(created.status).toBe(201);
  expect(created.body.expires_at).toBeNull();
});

test.each([0, -1, 1.5, 3651, "soon", true])("expires_in_days %j answers 400 naming the field", async (value) => {
  const { token } = await seedUser("sales");
  const answer = await call<{ error: { details: { field: string }[] } }>("POST", "/api/v1/tokens", { token, body: { name: "Bad", expires_in_days: value } });
  expect(answer.status).toBe(400);
  expect(answer.body.error.details.map((d) => d.field)).toEqual(["expires_in_days"]);
});

test("POST /api/v1/session takes expires_in_days for the token it makes", async () => {
  const { user } = await seedUser("sales", { password: PASSWORD });
  const answer = await call<{ token: string }>("POST", "/api/v1/session", { body: { email: user.email, password: PASSWORD, expires_in_days: 7 } });
  expect(answer.status).toBe(200);
  const stored = await db().apiToken.findFirstOrThrow({ where: { userId: user.id, name: "API session" } });
  expect((stored.expiresAt!.getTime() - Date.now()) / 86_400_000).toBeGreaterThan(6.9);
});
