import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { errorEnvelope, type AnyEndpoint } from "./contract";

const STATUS_TEXT: Record<number, string> = {
  400: "The input is invalid; `details` names each field",
  401: "Not signed in: send a bearer token (POST /api/v1/session) or the session cookie",
  403: "The caller's role may not do this",
  404: "Not found",
  409: "Conflict: the record changed since it was read, or the key exists",
  413: "The request body is too large",
  422: "Rows were rejected; nothing was written",
  429: "Too many attempts: wait the seconds in the Retry-After header",
  500: "Unexpected server error (logged)",
  503: "The database is unreachable",
};

/** A query or path schema as the object OpenAPI parameters are read from. */
function objectOf(schema: z.ZodType | undefined): z.ZodObject | undefined {
  let current: unknown = schema;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof z.ZodObject) return current;
    const def = (current as { _zod?: { def?: { in?: unknown; innerType?: unknown } } })._zod?.def;
    current = def?.in ?? def?.innerType;
  }
  return undefined;
}

function operation(endpoint: AnyEndpoint): ZodOpenApiOperationObject {
  const status = String(endpoint.status ?? 200);
  const success =
    endpoint.status === 204
      ? { description: "Done; no body" }
      : endpoint.produces === "text/csv"
        ? { description: "CSV text", content: { "text/csv": { schema: z.string() } } }
        : { description: "Success", content: { "application/json": { schema: endpoint.response } } };
  const errors = [...new Set([400, ...(endpoint.access === "public" ? [] : [401, 403]), ...(endpoint.errors ?? []), 500, 503])].sort();
  const errorBody = (code: number) => endpoint.errorBodies?.[code] ?? errorEnvelope;
  const path = objectOf(endpoint.params);
  const query = objectOf(endpoint.query);
  return {
    summary: endpoint.summary,
    description: endpoint.description,
    tags: [endpoint.tag],
    security: endpoint.access === "public" ? [] : [{ bearer: [] }, { session: [] }],
    requestParams: { ...(path ? { path } : {}), ...(query ? { query } : {}) },
    requestBody: endpoint.consumes
      ? { required: true, content: { "text/csv": { schema: z.string().meta({ description: "The CSV file, header first" }) } } }
      : endpoint.body
        ? { required: true, content: { "application/json": { schema: endpoint.body } } }
        : undefined,
    responses: {
      [status]: success,
      ...Object.fromEntries(
        errors.map((code) => [
          String(code),
          { description: STATUS_TEXT[code] ?? `Error ${code}`, content: { "application/json": { schema: errorBody(code) } } },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of a list of endpoint contracts. */
export function openApiDocument(endpoints: readonly AnyEndpoint[], info: { title: string; version: string; description?: string }) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of endpoints) {
    const item = (paths[endpoint.path] ??= {});
    (item as Record<string, ZodOpenApiOperationObject>)[endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return createDocument({
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A token from POST /api/v1/session or Admin → API tokens" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser's sign-in session" },
      },
    },
  });
}
