import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { contentSecurityPolicy, newNonce } from "./security-headers";

/** The policy as directive → sources, to assert on one directive at a time. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  const page = parse(contentSecurityPolicy({ nonce: "abc123==" }));

  test("pages run only the scripts Next.js wrote with the request's nonce, and those they load", () => {
    expect(page["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  test("nothing is loaded from, framed by or posted to another origin", () => {
    expect(page).toEqual({
      "default-src": ["'self'"],
      "script-src": expect.any(Array),
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  test("no inline script and no eval outside development", () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: "n" })]) {
      expect(parse(policy)["script-src"]).not.toContain("'unsafe-inline'");
      expect(parse(policy)["script-src"]).not.toContain("'unsafe-eval'");
    }
    expect(parse(contentSecurityPolicy({ nonce: "n", dev: true }))["script-src"]).toContain("'unsafe-eval'");
  });

  test("without a nonce, scripts come from Tandem's files only", () => {
    expect(parse(contentSecurityPolicy())["script-src"]).toEqual(["'self'"]);
  });

  test("a nonce is fresh each time and in the form Next.js extracts", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("next.config.js", () => {
  const config = createRequire(import.meta.url)("../next.config.js") as NextConfig;
  /** The headers next.config.js gives an answer at this path, matched the way Next.js matches them. */
  const headersOf = async (path: string) => {
    const rules = (await config.headers!()).filter((rule) => new RegExp(buildCustomRoute("header", rule).regex).test(path));
    return Object.fromEntries(rules.flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));
  };
  const security = {
    "content-security-policy": contentSecurityPolicy(),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": expect.stringMatching(/^(?=.*camera=\(\))(?=.*microphone=\(\))(?=.*geolocation=\(\))/),
    "cross-origin-opener-policy": "same-origin",
  };

  test.each(["/", "/kpis/cpl", "/signin", "/_next/static/chunks/main.js", "/favicon.ico"])(
    "%s carries the security headers and the nonce-less policy",
    async (path) => {
      expect(await headersOf(path)).toEqual(security);
    },
  );

  test.each(["/api/v1/teams", "/api/v1/export/leads.csv", "/api/auth/session", "/api/v1/no-such-thing"])(
    "%s is never kept by a browser or a proxy",
    async (path) => {
      expect(await headersOf(path)).toEqual({ ...security, "cache-control": "no-store" });
    },
  );
});

test("in the browser, zod validates without new Function, which the policy forbids", async () => {
  await import("@/instrumentation-client");
  const construct = vi.fn();
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, { construct: (target, args: string[]) => (construct(), Reflect.construct(target, args)) });
  try {
    expect(z.object({ email: z.string() }).parse({ email: "a@b.c" })).toEqual({ email: "a@b.c" });
  } finally {
    globalThis.Function = original;
  }
  expect(construct).not.toHaveBeenCalled();
});
