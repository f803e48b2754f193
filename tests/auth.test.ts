import net from "node:net";
import type { PrismaClient } from "@prisma/client";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterEach, expect, test, vi } from "vitest";
import { withSignInStatus } from "@/features/auth/server/sign-in-status";
import { errorResponse } from "@/lib/api/errors";
import { checkCredentials } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/current-user";
import { DUMMY_HASH, hashPassword, verifyPassword } from "@/lib/auth/password";
import { createToken } from "@/lib/auth/tokens";
import { connect, db } from "@/lib/db/client";
import { createDemoUsers, createFirstAdmin, DEMO_PASSWORD } from "@/lib/db/prepare";
import { Browser } from "./browser";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(async () => {
  vi.restoreAllMocks();
  await resetDatabase();
});

/** The demo users belong to demo teams. */
async function demoUsers() {
  await db().team.createMany({
    data: [
      { id: "team-demand-gen", name: "Demand", kind: "marketing" },
      { id: "team-smb", name: "SMB", kind: "sales" },
    ],
  });
  await withClient((c) => createDemoUsers(c));
}

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

test("the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD on an empty database only, with a hashed password", async () => {
  expect(await withClient((c) => createFirstAdmin(c, "Owner@Example.com", undefined))).toBeNull();
  expect(await withClient((c) => createFirstAdmin(c, "Owner@Example.com", "a long password"))).toBe("Owner@Example.com");
  const admin = await db().user.findUniqueOrThrow({ where: { email: "owner@example.com" } });
  expect(admin.role).toBe("admin");
  expect(admin.passwordHash).not.toContain("a long password");
  expect(await verifyPassword("a long password", admin.passwordHash)).toBe(true);
  // A second start (or another ADMIN_EMAIL) changes nothing once there are users.
  expect(await withClient((c) => createFirstAdmin(c, "other@example.com", "another password"))).toBeNull();
  expect(await db().user.count()).toBe(1);
});

test("sign-in accepts the right password of an active user only", async () => {
  await demoUsers();
  expect((await checkCredentials({ email: " Sales@Tandem.demo ", password: DEMO_PASSWORD }))?.role).toBe("sales");
  expect(await checkCredentials({ email: "sales@tandem.demo", password: "wrong" })).toBeNull();
  expect(await checkCredentials({ email: "nobody@tandem.demo", password: DEMO_PASSWORD })).toBeNull();
  expect(await checkCredentials({ email: "not an email", password: DEMO_PASSWORD })).toBeNull();
  await db().user.update({ where: { email: "sales@tandem.demo" }, data: { active: false } });
  expect(await checkCredentials({ email: "sales@tandem.demo", password: DEMO_PASSWORD })).toBeNull();
});

test("a bearer token identifies its user until it is revoked or the user deactivated", async () => {
  await demoUsers();
  const user = await db().user.findUniqueOrThrow({ where: { email: "marketing@tandem.demo" } });
  const token = await createToken(user.id, "test");
  const request = () => new Request("http://localhost/api/v1/kpis", { headers: { authorization: `Bearer ${token}` } });
  expect((await currentUser(request()))?.email).toBe("marketing@tandem.demo");
  expect((await db().apiToken.findFirstOrThrow()).tokenHash).not.toBe(token);
  await db().user.update({ where: { id: user.id }, data: { active: false } });
  expect(await currentUser(request())).toBeNull();
  await db().user.update({ where: { id: user.id }, data: { active: true } });
  await db().apiToken.updateMany({ data: { revokedAt: new Date() } });
  expect(await currentUser(request())).toBeNull();
});

/** A port nobody listens on: take a free one and close it again. */
function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test("an unreachable database answers 503 in the error envelope, not a 500", async () => {
  const port = await closedPort();
  const down = connect(`postgresql://tandem@127.0.0.1:${port}/tandem`);
  const error = await down.user.count().catch((e: unknown) => e);
  await down.$disconnect();
  const response = errorResponse(error);
  expect(response.status).toBe(503);
  expect((await response.json()).error.code).toBe("database_unavailable");
});

test("POST /api/v1/session exchanges the right email and password for a working token", async () => {
  await demoUsers();
  const answer = await call<{ token: string }>("POST", "/api/v1/session", {
    body: { email: " Admin@Tandem.demo ", password: DEMO_PASSWORD, name: "CI export" },
  });
  expect(answer.status).toBe(200);
  expect(answer.body.token).toMatch(/^tdm_/);
  expect((await call("GET", "/api/v1/options", { token: answer.body.token })).status).toBe(200);
  expect((await db().apiToken.findFirstOrThrow({ where: { name: "CI export" } })).tokenHash).not.toBe(answer.body.token);
});

test.each([
  ["a wrong password", { email: "admin@tandem.demo", password: "wrong" }, 401, null],
  ["an unknown email", { email: "nobody@tandem.demo", password: DEMO_PASSWORD }, 401, null],
  ["a missing password", { email: "admin@tandem.demo" }, 400, "password"],
  ["an empty email", { email: "  ", password: DEMO_PASSWORD }, 400, "email"],
  ["a name over 100 characters", { email: "admin@tandem.demo", password: DEMO_PASSWORD, name: "x".repeat(101) }, 400, "name"],
])("POST /api/v1/session refuses %s", async (_, body, status, field) => {
  await demoUsers();
  const answer = await call<{ error: { code: string; details?: { field: string }[] } }>("POST", "/api/v1/session", { body });
  expect(answer.status).toBe(status);
  expect(answer.body.error.code).toBe(status === 401 ? "unauthorized" : "bad_request");
  if (field) expect(answer.body.error.details?.[0]?.field).toBe(field);
});

test("POST /api/v1/session refuses a deactivated user", async () => {
  const { user } = await seedUser("marketing", { password: "a long password", active: false });
  expect((await call("POST", "/api/v1/session", { body: { email: user.email, password: "a long password" } })).status).toBe(401);
});

test("unknown, deactivated and known accounts all cost one bcrypt comparison; the first two against the dummy hash", async () => {
  const { user } = await seedUser("sales", { password: "the right password" });
  const { user: gone } = await seedUser("sales", { password: "the right password", active: false });
  const compare = vi.spyOn(bcrypt, "compare");
  expect(await checkCredentials({ email: "nobody@example.com", password: "the right password" })).toBeNull();
  expect(await checkCredentials({ email: gone.email, password: "the right password" })).toBeNull();
  expect(await checkCredentials({ email: user.email, password: "a wrong password" })).toBeNull();
  expect((await checkCredentials({ email: user.email, password: "the right password" }))?.id).toBe(user.id);
  expect(compare.mock.calls.map(([, hash]) => (hash === DUMMY_HASH ? "dummy" : hash === user.passwordHash ? "user" : hash))).toEqual([
    "dummy",
    "dummy",
    "user",
    "user",
  ]);
  // The dummy costs what a real hash costs.
  expect(bcrypt.getRounds(DUMMY_HASH)).toBe(bcrypt.getRounds(await hashPassword("anything")));
});

type Globals = { tandemPrisma?: PrismaClient };

/** Runs `fn` with the database gone: all of it, or only the Prisma client (the rate limit still counts). */
async function withDatabaseDown<T>(what: "all" | "prisma", fn: (port: number) => Promise<T>): Promise<T> {
  const port = await closedPort();
  const dead = `postgresql://tandem@127.0.0.1:${port}/tandem`;
  const globals = globalThis as unknown as Globals;
  const saved = { url: process.env.DATABASE_URL, prisma: globals.tandemPrisma };
  globals.tandemPrisma = connect(dead);
  if (what === "all") process.env.DATABASE_URL = dead;
  try {
    return await fn(port);
  } finally {
    await globals.tandemPrisma.$disconnect();
    globals.tandemPrisma = saved.prisma;
    process.env.DATABASE_URL = saved.url;
  }
}

test.each(["all", "prisma"] as const)("with the database unreachable (%s), sign-in says so: never a wrong password, never its host or port", async (what) => {
  const { user } = await seedUser("sales", { password: "the right password" });
  await withDatabaseDown(what, async (port) => {
    const browser = await new Browser().signIn(user.email, "the right password");
    expect(browser.url).toBe("http://localhost:3000/api/auth/error?error=unavailable");
    expect((await withSignInStatus(Response.json({ url: browser.url }, { status: browser.status }))).status).toBe(503);

    const answer = await call<{ error: { code: string } }>("POST", "/api/v1/session", { body: { email: user.email, password: "the right password" } });
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe("database_unavailable");
    expect(answer.text).not.toContain(String(port));
    expect(answer.text).not.toContain("127.0.0.1");
  });
});

test.each(["unavailable", "too_many_attempts.840"])("NextAuth's error route sends ?error=%s on to the sign-in page, which words it", async (code) => {
  expect(await new Browser().errorRedirect(code)).toBe(`/signin?error=${code}`);
});
