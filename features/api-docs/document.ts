import "server-only";
import { openApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "./endpoints";

let cached: ReturnType<typeof openApiDocument> | undefined;

/** The OpenAPI document, built once per process from the endpoint contracts. */
export function apiDocument() {
  cached ??= openApiDocument(ENDPOINTS, {
    title: "Tandem API",
    version: "1",
    description:
      "Tandem's HTTP API (docs/api.md). Authenticate with a bearer token from POST /api/v1/session or Admin → API tokens. Every error answers `{ error: { code, message, details? } }`.",
  });
  return cached;
}
