import { expect, test } from "vitest";
import { apiDocument } from "@/features/api-docs/document";
import { routeFiles } from "./routes";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const document = apiDocument();

test("the document is OpenAPI 3.1 with bearer auth and the error envelope", () => {
  expect(document.openapi).toBe("3.1.0");
  expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: "http", scheme: "bearer" });
  expect(document.components?.schemas?.Error).toBeDefined();
});

test.each(routeFiles())("$path: every method its route file exports is described", async ({ file, path: url }) => {
  const handlers = (await import(file)) as Record<string, unknown>;
  const exported = METHODS.filter((method) => typeof handlers[method] === "function");
  expect(exported.length).toBeGreaterThan(0);
  const described = Object.keys(document.paths?.[url] ?? {}).map((method) => method.toUpperCase());
  expect(described.sort()).toEqual([...exported].sort());
});
