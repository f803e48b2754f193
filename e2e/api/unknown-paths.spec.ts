import { expect, test } from "@playwright/test";

// Through the real server: the proxy (proxy.ts) and the catch-all route (app/api/v1/[...path]).
test("an unknown API path answers 404 with the error envelope for every method", async ({ request }) => {
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
    for (const path of ["/api/v1/nope", "/api/v1/teams/t1/members/3", "/api/v1"]) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(response.headers()["content-type"], `${method} ${path}`).toContain("application/json");
      expect((await response.json()).error.code).toBe("not_found");
    }
  }
});

test("a known path asked with a method it does not serve answers 405 with the envelope and Allow", async ({ request }) => {
  for (const [method, path, allow] of [
    ["DELETE", "/api/v1/openapi.json", "GET, HEAD, OPTIONS"],
    ["GET", "/api/v1/session", "OPTIONS, POST"],
    ["DELETE", "/api/v1/spend/history", "GET, HEAD, OPTIONS"],
    ["PUT", "/api/v1/teams/t1", "DELETE, GET, HEAD, OPTIONS, PATCH"],
  ]) {
    const response = await request.fetch(path!, { method });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()["allow"]).toBe(allow);
    expect((await response.json()).error.code).toBe("method_not_allowed");
  }
});
