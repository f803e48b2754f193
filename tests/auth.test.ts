import net from "node:net";
import pg from "pg";
import { afterEach, expect, test } from "vitest";
import { errorResponse } from "@/lib/api/errors";
import { checkCredentials } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { createToken } from "@/lib/auth/tokens";
import { connect, db } from "@/lib/db/client";
import { createDemoUsers, createFirstAdmin, DEMO_PASSWORD } from "@/lib/db/prepare";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(resetDatabase);

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

test("an unreachable database answers 503 in the error envelope, not a 500", async () => {
  // A port nobody listens on: take a free one and close it again.
  const port = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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
