import "server-only";
import { NextResponse } from "next/server";
import { authorize, currentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { AnyEndpoint, BodyOf, ParamsOf, QueryOf, ResponseOf, Wire } from "./contract";
import { assertJsonBody, assertSameOrigin } from "./csrf";
import { ApiError, badRequest, errorResponse } from "./errors";

type RawParams = Record<string, string | string[]>;

export type Context<E extends AnyEndpoint> = {
  request: Request;
  /** The caller; null only on a `public` endpoint. */
  user: E["access"] extends "public" ? CurrentUser | null : CurrentUser;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
};

export type Handler<E extends AnyEndpoint> = (context: Context<E>) => Promise<Wire<ResponseOf<E>> | Response>;

export const DEFAULT_JSON_MAX_BYTES = 1024 * 1024;

/** docs/api.md "Limits": the largest JSON body a route reads, `TANDEM_JSON_MAX_BYTES`. */
export function jsonMaxBytes(): number {
  const configured = Number(process.env.TANDEM_JSON_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_JSON_MAX_BYTES;
}

function tooLarge(maxBytes: number) {
  return new ApiError("payload_too_large", `The request body is larger than ${maxBytes} bytes (TANDEM_JSON_MAX_BYTES).`);
}

/** The body as JSON, refused with 413 as soon as it is known to pass the limit: never read whole first. */
async function readJson(request: Request): Promise<unknown> {
  const maxBytes = jsonMaxBytes();
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw badRequest("The request body must be JSON (UTF-8).");
  }
}

type Visit = { value: unknown; key: string; parent: Visit | null };

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join(".");
}

/** Text PostgreSQL cannot store: a NUL (22021), or half of a UTF-16 surrogate pair (a JSON "\\ud800"). */
function problemOf(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain NUL (U+0000) characters";
  if (!text.isWellFormed()) return "must not contain a lone surrogate (not valid Unicode)";
  return null;
}

/**
 * No input may carry text PostgreSQL cannot store: the first string or key holding some is
 * refused by name. Iterative, as a body may be nested deeper than the stack.
 */
function refuseBadText(input: unknown, root: string) {
  const stack: Visit[] = [{ value: input, key: root, parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    let found: { visit: Visit; message: string } | null = null;
    const own = typeof value === "string" ? problemOf(value) : null;
    if (own) found = { visit, message: own };
    if (!found && value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const next = { value: child, key, parent: visit };
        const inKey = problemOf(key);
        if (inKey) found = { visit: next, message: inKey };
        stack.push(next);
      }
    }
    if (found) {
      const field = pathOf(found.visit) || root;
      throw badRequest(`Invalid ${field}: ${found.message}`, [{ field, message: found.message }]);
    }
  }
}

function flatten(params: RawParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
}

/**
 * Outside production every JSON answer is checked against the endpoint's response schema, as
 * JSON (dates and decimals already text), so a test that calls an endpoint proves its contract.
 */
function checkResponse(endpoint: AnyEndpoint, result: unknown) {
  if (process.env.NODE_ENV === "production" || endpoint.status === 204) return;
  const json: unknown = result === undefined ? null : JSON.parse(JSON.stringify(result));
  const parsed = endpoint.response.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`${endpoint.method} ${endpoint.path} answered outside its contract: ${problems.join("; ")}`);
  }
}

/**
 * A route handler as a short pipeline over its endpoint contract: authorize → parse params,
 * query and body → call the feature's server code → answer with the contract's status. Whatever
 * is thrown becomes the one error envelope (lib/api/errors.ts).
 */
export function route<E extends AnyEndpoint>(endpoint: E, handler: Handler<E>) {
  return async (request: Request, context: { params: Promise<RawParams> }) => {
    try {
      assertSameOrigin(request);
      const raw = flatten((await context.params) ?? {});
      const access = endpoint.access;
      const user = access === "public" ? await currentUser(request) : await authorize(request, typeof access === "function" ? access(raw) : access);
      const rawQuery = Object.fromEntries(new URL(request.url).searchParams);
      refuseBadText(raw, "params");
      refuseBadText(rawQuery, "query");
      const params = endpoint.params ? endpoint.params.parse(raw) : raw;
      const query = endpoint.query ? endpoint.query.parse(rawQuery) : undefined;
      assertJsonBody(request, endpoint);
      let body: unknown;
      if (endpoint.body) {
        const json = await readJson(request);
        refuseBadText(json, "body");
        body = endpoint.body.parse(json);
      }
      const result = await handler({ request, user, params, query, body } as Context<E>);
      if (result instanceof Response) return result;
      checkResponse(endpoint, result);
      if (endpoint.status === 204) return new Response(null, { status: 204 });
      return NextResponse.json(result, { status: endpoint.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
