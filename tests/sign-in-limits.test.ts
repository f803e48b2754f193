import { afterEach, expect, test, vi } from "vitest";
import { withSignInStatus } from "@/features/auth/server/sign-in-status";
import { clientAddress, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { Browser } from "./browser";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(async () => {
  vi.unstubAllEnvs();
  await resetDatabase();
});

const PASSWORD = "the right password";

function signIn(email: string, password: string, headers?: Record<string, string>) {
  return call<{ token?: string; error?: { code: string; message: string } }>("POST", "/api/v1/session", { body: { email, password }, headers });
}

async function failTimes(n: number, email: string, headers?: Record<string, string>) {
  for (let i = 0; i < n; i++) expect((await signIn(email, "a wrong password", headers)).status).toBe(401);
}

test("the 11th attempt after 10 wrong passwords answers 429 with Retry-After, even with the right password; another account is unaffected", async () => {
  const { user } = await seedUser("sales", { password: PASSWORD });
  const { user: other } = await seedUser("marketing", { password: PASSWORD });
  await failTimes(SIGN_IN_LIMITS.perAccount, user.email);

  const refused = await signIn(user.email, PASSWORD);
  expect(refused.status).toBe(429);
  expect(refused.body.error?.code).toBe("too_many_requests");
  expect(refused.body.error?.message).toMatch(/try again in \d+ minutes?/);
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowSeconds);
  // The same email in other letter cases and spacing is the same account.
  expect((await signIn(` ${user.email.toUpperCase()} `, PASSWORD)).status).toBe(429);

  expect((await signIn(other.email, PASSWORD)).status).toBe(200);
  expect((await signIn(other.email, "a wrong password")).status).toBe(401);
});

test("a successful sign-in clears the account's failures", async () => {
  const { user } = await seedUser("sales", { password: PASSWORD });
  await failTimes(SIGN_IN_LIMITS.perAccount - 1, user.email);
  expect((await signIn(user.email, PASSWORD)).status).toBe(200);
  await failTimes(SIGN_IN_LIMITS.perAccount, user.email);
  expect((await signIn(user.email, "a wrong password")).status).toBe(429);
});

test("the counts live in PostgreSQL, so another app instance (a fresh limiter and pool) sees them", async () => {
  const { user } = await seedUser("sales", { password: PASSWORD });
  await failTimes(SIGN_IN_LIMITS.perAccount, user.email);
  const rows = await db().$queryRaw<{ key: string; points: number }[]>`SELECT key, points FROM sign_in_limits ORDER BY key`;
  expect(rows.map((r) => [r.key.split(":")[0], r.points])).toEqual([
    ["account", SIGN_IN_LIMITS.perAccount],
    ["address", SIGN_IN_LIMITS.perAccount],
  ]);
  // The table holds a hash of the email, not the email.
  expect(rows.some((r) => r.key.includes(user.email))).toBe(false);
  const instances = globalThis as unknown as { tandemSignInLimits?: Map<string, unknown> };
  instances.tandemSignInLimits = new Map();
  expect((await signIn(user.email, PASSWORD)).status).toBe(429);
});

test("behind a trusted proxy, 50 failures from one address block that address only; the entries a client prepends do not count", async () => {
  vi.stubEnv("TANDEM_TRUST_PROXY", "1");
  const { user } = await seedUser("sales", { password: PASSWORD });
  const from = (address: string) => ({ "x-forwarded-for": `10.9.8.7, ${address}` });
  // Unknown emails: the address limit, not an account's, is what refuses.
  for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) expect((await signIn(`nobody${i}@example.com`, "wrong", from("203.0.113.5"))).status).toBe(401);
  const refused = await signIn(user.email, PASSWORD, from("203.0.113.5"));
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await signIn(user.email, PASSWORD, from("198.51.100.7"))).status).toBe(200);
});

test.each([
  [undefined, { "x-forwarded-for": "203.0.113.5" }, "any"],
  ["0", { "x-forwarded-for": "203.0.113.5" }, "any"],
  ["1", {}, "any"],
  ["1", { "x-forwarded-for": "203.0.113.5" }, "203.0.113.5"],
  ["1", { "x-forwarded-for": "1.2.3.4, 203.0.113.5" }, "203.0.113.5"],
  ["2", { "x-forwarded-for": "1.2.3.4, 203.0.113.5, 10.0.0.2" }, "203.0.113.5"],
  ["2", { "x-forwarded-for": "203.0.113.5" }, "203.0.113.5"],
])("with TANDEM_TRUST_PROXY=%s and %j the client address is %s", (trust, headers, address) => {
  if (trust !== undefined) vi.stubEnv("TANDEM_TRUST_PROXY", trust);
  expect(clientAddress(new Headers(headers))).toBe(address);
  expect(clientAddress(headers)).toBe(address);
});

test("the browser sign-in (NextAuth) shares the limits and answers 429 with Retry-After past them", async () => {
  const { user } = await seedUser("sales", { password: PASSWORD });
  const browser = new Browser();
  for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
    const wrong = await browser.signIn(user.email, "a wrong password");
    expect(wrong.status).toBe(401);
    expect(new URL(wrong.url).searchParams.get("error")).toBe("CredentialsSignin");
  }
  const limited = await browser.signIn(user.email, PASSWORD);
  expect(limited.status).toBe(401);
  // NextAuth's error route sends the browser on to the sign-in page (pages.error), which words the code.
  expect(new URL(limited.url).pathname).toBe("/api/auth/error");
  const code = new URL(limited.url).searchParams.get("error")!;
  expect(code).toMatch(/^too_many_attempts\.\d+$/);
  expect(browser.cookies["next-auth.session-token"]).toBeUndefined();
  expect((await signIn(user.email, PASSWORD)).status).toBe(429);

  // The route hands NextAuth's answer to the form through withSignInStatus.
  const answer = await withSignInStatus(Response.json({ url: limited.url }, { status: limited.status }));
  expect(answer.status).toBe(429);
  expect(Number(answer.headers.get("retry-after"))).toBe(Number(code.split(".")[1]));
  expect((await answer.json()) as unknown).toEqual({ url: limited.url });
});

test.each([
  ["a wrong password", 401, "CredentialsSignin", 401],
  ["a lost database", 401, "unavailable", 503],
  ["a success", 200, null, 200],
])("the browser sign-in's answer to %s keeps the status NextAuth means", async (_, status, code, expected) => {
  const url = code ? `http://localhost/signin?error=${code}` : "http://localhost/start";
  expect((await withSignInStatus(Response.json({ url }, { status }))).status).toBe(expected);
});
