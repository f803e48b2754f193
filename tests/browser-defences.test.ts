import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { afterEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { config, proxy } from "@/proxy";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(resetDatabase);

/** What another site's page makes a signed-in browser send: the session cookie, no bearer token. */
const crossSite = { authorization: "", cookie: "next-auth.session-token=any", "sec-fetch-site": "cross-site", origin: "http://evil.example" };
const REFUSED = { status: 403, body: { error: { code: "forbidden", message: "Cross-site request refused" } } };

describe("cross-site requests riding on the session cookie", () => {
  test.each([
    ["POST", "/api/v1/teams", { body: { id: "t1", name: "Evil" } }],
    ["PATCH", "/api/v1/teams/t0", { body: { name: "Evil" } }],
    ["DELETE", "/api/v1/teams/t0", {}],
    ["POST", "/api/v1/session", { body: { email: "admin@example.com", password: "guess" } }],
    ["POST", "/api/v1/import/teams", { raw: { body: "id,name,kind\nt1,Evil,sales\n", type: "application/x-www-form-urlencoded" } }],
  ] as const)("%s %s is refused with the envelope and writes nothing", async (method, url, options) => {
    await db().team.create({ data: { id: "t0", name: "Alpha", kind: "sales" } });
    const answer = await call(method, url, { ...options, headers: crossSite });
    expect({ status: answer.status, body: answer.body }).toEqual(REFUSED);
    expect(await db().team.findMany({ select: { id: true, name: true } })).toEqual([{ id: "t0", name: "Alpha" }]);
  });

  test("a script's bearer token is accepted from anywhere", async () => {
    const { token } = await seedUser("admin");
    const answer = await call("POST", "/api/v1/teams", {
      token,
      body: { id: "t1", name: "Scripted" },
      headers: { ...crossSite, authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(201);
  });
});

describe("JSON routes take JSON only", () => {
  test.each([
    ["text/plain;charset=UTF-8", "not text/plain"],
    ["application/x-www-form-urlencoded", "not application/x-www-form-urlencoded"],
  ])("a JSON body sent as %s is a 400 naming the type, and writes nothing", async (type, named) => {
    const { token } = await seedUser("admin");
    const answer = await call("POST", "/api/v1/teams", { token, raw: { body: JSON.stringify({ id: "t1", name: "Plain" }), type } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: "bad_request", message: expect.stringContaining(named) } });
    expect(await db().team.count()).toBe(0);
  });

  test("application/json with a charset is JSON", async () => {
    const { token } = await seedUser("admin");
    const answer = await call("POST", "/api/v1/teams", {
      token,
      raw: { body: JSON.stringify({ id: "t1", name: "Typed" }), type: "application/json; charset=utf-8" },
    });
    expect(answer.status).toBe(201);
  });
});

describe("proxy.ts", () => {
  const page = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { accept: "text/html" } }));

  test("a page's policy carries a nonce, sent to the browser and to Next.js's renderer alike", () => {
    const response = page("/kpis");
    const policy = response.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    // NextResponse.next({ request: { headers } }): how Next.js passes the policy on to the render.
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  test("each request gets its own nonce", () => {
    const nonce = () =>
      page("/")
        .headers.get("content-security-policy")
        ?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce()).not.toBe(nonce());
  });

  test.each([
    ["/", {}, true],
    ["/kpis/cpl?from=2026-10-01", {}, true],
    ["/signin", {}, true],
    ["/no-such-page", {}, true],
    ["/kpis", { "content-length": "0" }, true],
    // The API and static files have no inline scripts; next.config.js gives them the nonce-less policy.
    // The proxy runs for an API request without a body only, for its 405 (tests/api-paths.test.ts).
    ["/api/v1/teams", {}, true],
    ["/api/v1/import/leads", { "content-length": "600000000" }, false],
    ["/api/auth/session", {}, false],
    ["/_next/static/chunks/main.js", {}, false],
    ["/favicon.ico", {}, false],
    ["/icon-192.png", {}, false],
    ["/site.webmanifest", {}, false],
    // Next.js would read a body whole before running the proxy.
    ["/", { "content-length": "104857600" }, false],
    ["/kpis", { "transfer-encoding": "chunked" }, false],
  ])("runs for %s %j: %s", (url, headers, runs) => {
    expect(unstable_doesMiddlewareMatch({ config, url, headers })).toBe(runs);
  });
});
