import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { apiDocument } from "@/features/api-docs/document";

const API = path.join(process.cwd(), "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api, as the OpenAPI path it serves. */
function routeFiles(dir = API): { file: string; path: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const url = "/" + path.relative(path.join(process.cwd(), "app"), path.dirname(full)).split(path.sep).join("/");
    return [{ file: full, path: url.replace(/\[(?:\.\.\.)?(\w+)\]/g, "{$1}") }];
  });
}

const document = apiDocument();

test("the document is OpenAPI 3.1 with bearer auth and the error envelope", () => {
  expect(document.openapi).toBe("3.1.0");
  expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  expect(document.components?.schemas?.Error).toBeDefined();
});

test.each(routeFiles())("$path: every method its route file exports is described", async ({ file, path: url }) => {
  const module = (await import(file)) as Record<string, unknown>;
  const exported = METHODS.filter((method) => typeof module[method] === "function");
  expect(exported.length).toBeGreaterThan(0);
  const described = Object.keys(document.paths?.[url] ?? {}).map((method) => method.toUpperCase());
  expect(described.sort()).toEqual([...exported].sort());
});
