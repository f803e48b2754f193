import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { expect, test } from "vitest";
import { answerBeforeRouting } from "@/features/api-docs/allowed-methods";
import { ROUTE_METHODS } from "@/features/api-docs/route-methods";
import { config, proxy } from "@/proxy";
import { call, seedUser } from "./harness";
import { routeFiles } from "./routes";

const NEXT_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
const V1_ROUTES = routeFiles().filter((route) => route.path.startsWith("/api/v1/") && route.path !== "/api/v1/{path}");

test("ROUTE_METHODS, the proxy's table, lists every route file under /api/v1 with the methods it exports", async () => {
  const actual: Record<string, string[]> = {};
  for (const { file, path } of V1_ROUTES) {
    const handlers = (await import(file)) as Record<string, unknown>;
    actual[path] = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((method) => typeof handlers[method] === "function");
  }
  // A new route file, or a new method, needs its line in features/api-docs/route-methods.ts.
  expect(ROUTE_METHODS).toEqual(actual);
});

async function envelope(answer: Response | null) {
  expect(answer).not.toBeNull();
  return { status: answer!.status, allow: answer!.headers.get("allow"), body: (await answer!.json()) as unknown };
}

test.each(V1_ROUTES)("$path: the methods its route file does not export answer 405 with the envelope and Allow", async ({ file, path }) => {
  const handlers = (await import(file)) as Record<string, unknown>;
  const exported = NEXT_METHODS.filter((method) => typeof handlers[method] === "function");
  // Next answers OPTIONS, and HEAD with GET, by itself.
  const allowed = [...new Set([...exported, "OPTIONS", ...(exported.includes("GET") ? ["HEAD"] : [])])].sort();
  const url = path.replace(/\{\w+\}/g, "x");
  for (const method of [...NEXT_METHODS, "PROPFIND"]) {
    const answer = answerBeforeRouting(method, url);
    if (allowed.includes(method)) {
      expect(answer, `${method} ${url}`).toBeNull();
    } else {
      expect(await envelope(answer)).toEqual({
        status: 405,
        allow: allowed.join(", "),
        body: { error: { code: "method_not_allowed", message: `${url} does not answer ${method}; it answers ${allowed.join(", ")}.` } },
      });
    }
  }
});

test("the proxy answers the 405 before Next routes the request, and lets the others through", async () => {
  const refused = proxy(new NextRequest("http://localhost/api/v1/spend/history", { method: "DELETE" }));
  expect(await envelope(refused)).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS", body: { error: { code: "method_not_allowed" } } });
  expect(refused.headers.get("cache-control")).toBe("no-store");
  expect(proxy(new NextRequest("http://localhost/api/v1/spend/s1", { method: "DELETE" })).headers.get("x-middleware-next")).toBe("1");
});

test.each([
  ["/api/v1/spend/history", {}, true],
  ["/api/v1", {}, true],
  ["/api/v1/session", { "content-length": "0" }, true],
  // Next.js would read the body (and keep only 10 MB of it) before running the proxy.
  ["/api/v1/import/leads", { "content-length": "600000000" }, false],
  ["/api/v1/teams/t1", { "content-length": "25" }, false],
  ["/api/v1/teams", { "transfer-encoding": "chunked" }, false],
  ["/api/auth/session", {}, false],
])("the proxy runs for %s %j: %s", (url, headers, runs) => {
  expect(unstable_doesMiddlewareMatch({ config, url, headers })).toBe(runs);
});

test.each([
  ["a path under /api/v1 no endpoint serves", "/api/v1/nope"],
  ["a deeper one", "/api/v1/teams/t1/members/3"],
  ["a near miss", "/api/v1/kpis.json"],
])("%s answers 404 with the envelope, whatever the method", async (_, url) => {
  const { token } = await seedUser("sales");
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
    expect(answerBeforeRouting(method, url)).toBeNull();
    const answer = await call(method, url, { token, body: method === "GET" || method === "DELETE" ? undefined : { any: "thing" } });
    expect([answer.status, answer.body]).toEqual([
      404,
      { error: { code: "not_found", message: `No endpoint serves ${url}; the endpoints are listed in /api/v1/openapi.json.` } },
    ]);
  }
  const catchAll = (await import("@/app/api/v1/[...path]/route")) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
  for (const method of ["HEAD", "OPTIONS"]) {
    const answer = await catchAll[method]!(new Request(`http://localhost${url}`, { method, headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({ path: url.split("/").slice(3) }),
    });
    expect(answer.status).toBe(404);
  }
  expect(await envelope(answerBeforeRouting("PROPFIND", url))).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
});

test("/api/v1 itself, which no catch-all segment matches, answers 404 with the envelope", async () => {
  expect(await envelope(answerBeforeRouting("GET", "/api/v1"))).toMatchObject({ status: 404, allow: null, body: { error: { code: "not_found" } } });
});
