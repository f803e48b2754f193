import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ENDPOINTS } from "@/features/api-docs/endpoints";
import { TABLE_NAMES } from "@/features/imports/tables";
import type { AnyEndpoint, Method } from "@/lib/api/contract";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { call, resetDatabase, seedUser } from "./harness";
import { routeFiles } from "./routes";

/**
 * Generated from the endpoint contracts and the permission table (lib/auth/permissions.ts): every
 * endpoint is called by each role and by a caller without valid credentials, and must answer
 * exactly what its declared access allows. A route file whose methods have no contract fails below.
 */

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const satisfies readonly Method[];
const ROLES = ["admin", "marketing", "sales"] as const satisfies readonly Role[];
type Caller = Role | "anonymous";

// NextAuth's own handler needs Next.js's request scope (cookies(), nextUrl), which exists only in
// a running server; it is public and the e2e sign-in covers it. Nothing that needs a permission may be listed here.
const OUTSIDE_HARNESS = new Set(["/api/auth/{nextauth}"]);

/** Placeholder path params: ids that exist nowhere (404 is fine), and every table for the import and export paths. */
function paramSets(endpoint: AnyEndpoint): Record<string, string>[] {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (names.includes("table")) return [...TABLE_NAMES, "no-such-table"].map((table) => ({ table }));
  return [Object.fromEntries(names.map((name) => [name, `placeholder-${name}`]))];
}

type Row = { label: string; endpoint: AnyEndpoint; url: string; caller: Caller; access: Permission | "public" };

const rows: Row[] = ENDPOINTS.filter((endpoint) => !OUTSIDE_HARNESS.has(endpoint.path)).flatMap((endpoint) =>
  paramSets(endpoint).flatMap((params) => {
    const url = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
    const access = typeof endpoint.access === "function" ? endpoint.access(params) : endpoint.access;
    return (["anonymous", ...ROLES] as const).map((caller) => ({ label: `${endpoint.method} ${url} as ${caller} (${access})`, endpoint, url, caller, access }));
  }),
);

/** What the caller must get: 401, 403, or anything but those (a 400 or 404 for placeholder input is fine). */
function expected({ caller, access }: Row): 401 | 403 | "allowed" {
  if (access === "public") return "allowed";
  if (caller === "anonymous") return 401;
  return can(caller, access) ? "allowed" : 403;
}

/** A minimal request body: the contracts' validation may refuse it, which happens after authorization. */
function bodyOf(endpoint: AnyEndpoint) {
  if (endpoint.consumes === "text/csv") return { raw: { body: "id\n", type: "text/csv" } };
  return endpoint.body ? { body: {} } : {};
}

const tokens = {} as Record<Role, string>;

describe("every endpoint answers what the permission table allows", () => {
  beforeAll(async () => {
    for (const role of ROLES) tokens[role] = (await seedUser(role)).token;
  });
  afterAll(resetDatabase);

  test.each(rows.map((row) => [row.label, row] as const))("%s", async (_, row) => {
    const token = row.caller === "anonymous" ? null : tokens[row.caller];
    const answer = await call<{ error?: { code: string } }>(row.endpoint.method, row.url, { token, ...bodyOf(row.endpoint) });
    const want = expected(row);
    if (want === "allowed") {
      expect(answer.status, answer.text).not.toBe(401);
      expect(answer.status, answer.text).not.toBe(403);
    } else {
      expect(answer.status, answer.text).toBe(want);
      expect(answer.body.error?.code).toBe(want === 401 ? "unauthorized" : "forbidden");
    }
  });
});

describe("the endpoint list covers every route", () => {
  const files = routeFiles();

  test.each(files)("$path: each exported method has an endpoint contract", async ({ file, path: url }) => {
    const handlers = (await import(file)) as Record<string, unknown>;
    const exported = METHODS.filter((method) => typeof handlers[method] === "function");
    const declared = ENDPOINTS.filter((endpoint) => endpoint.path === url).map((endpoint) => endpoint.method);
    expect(exported.length).toBeGreaterThan(0);
    expect([...declared].sort()).toEqual([...exported].sort());
  });

  test.each(ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))("%s is served by a route file", (_, endpoint) => {
    expect(files.map((file) => file.path)).toContain(endpoint.path);
  });

  test("only public endpoints are left out of the calls above", () => {
    const skipped = ENDPOINTS.filter((endpoint) => OUTSIDE_HARNESS.has(endpoint.path));
    expect(skipped.map((endpoint) => endpoint.access)).toEqual(skipped.map(() => "public"));
  });
});

/** docs/security.md states the permission table; it must say what lib/auth/permissions.ts does. */
describe("docs/security.md's permission table", () => {
  const lines = fs.readFileSync(path.join(process.cwd(), "docs/security.md"), "utf8").split("\n");
  const header = lines.findIndex((line) => line.startsWith("| permission | admin | marketing | sales |"));
  const end = lines.findIndex((line, i) => i > header && !line.startsWith("|"));
  // The rows after the header and its separator line.
  const table = lines.slice(header + 2, end).map((line) => line.split("|").map((cell) => cell.trim()));
  const documented = table.map(([, permission, ...cells]) => ({ permission: permission!.replaceAll("`", "") as Permission, cells }));

  test("names every permission an endpoint requires", () => {
    expect(header).toBeGreaterThan(-1);
    const required = new Set(
      ENDPOINTS.flatMap((endpoint) => paramSets(endpoint).map((params) => (typeof endpoint.access === "function" ? endpoint.access(params) : endpoint.access))),
    );
    required.delete("public");
    expect(documented.map((row) => row.permission)).toEqual(expect.arrayContaining([...required]));
  });

  test.each(documented.map((row) => [row.permission, row.cells] as const))("%s is granted to exactly the roles ticked", (permission, cells) => {
    const ticked = ROLES.filter((_, i) => cells[i] === "✓");
    expect(ticked).toEqual(ROLES.filter((role) => can(role, permission)));
  });
});
