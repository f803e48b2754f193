import "server-only";
import { NextResponse } from "next/server";
import { authorize, currentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { AnyEndpoint, BodyOf, ParamsOf, QueryOf, ResponseOf, Wire } from "./contract";
import { assertJsonBody, assertSameOrigin } from "./csrf";
import { badRequest, errorResponse } from "./errors";

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

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest("The request body must be JSON.");
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
      const params = endpoint.params ? endpoint.params.parse(raw) : raw;
      const query = endpoint.query ? endpoint.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      assertJsonBody(request, endpoint);
      const body = endpoint.body ? endpoint.body.parse(await readJson(request)) : undefined;
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
