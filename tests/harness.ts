import type { Role } from "@prisma/client";
import { hashToken, newToken } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { routeFiles } from "./routes";

export { resetDatabase } from "./helpers";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely and assert on them
export type Answer<T = any> = { status: number; headers: Headers; body: T; text: string };

export type CallOptions = {
  /** A bearer token; null sends one that matches nobody (the 401 path, with no session). */
  token?: string | null;
  /** JSON body. */
  body?: unknown;
  /** A body sent as is (CSV imports), with its content type. */
  raw?: { body: BodyInit | ReadableStream<Uint8Array>; type?: string };
  headers?: Record<string, string>;
};

const ROUTES = routeFiles();

/**
 * Calls the API the way a client does, by method and URL: the route file serving the path is
 * found like Next.js finds it, its handler called with the path's params. Responses of route()
 * are checked against the endpoint's contract on the way out (lib/api/route.ts).
 */
export async function call<T = unknown>(method: Method, url: string, options: CallOptions = {}): Promise<Answer<T>> {
  const pathname = url.split("?")[0]!;
  const route = ROUTES.find((candidate) => candidate.pattern.test(pathname));
  if (!route) throw new Error(`No route file serves ${pathname}`);
  const values = pathname.match(route.pattern)!.slice(1).map(decodeURIComponent);
  const params = Object.fromEntries(route.names.map((name, i) => [name, values[i]!]));
  const handler = ((await import(route.file)) as Record<string, RouteHandler | undefined>)[method];
  if (!handler) throw new Error(`${route.file} has no ${method}`);
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? "tdm_not-a-token"}`, ...options.headers };
  let body: BodyInit | ReadableStream<Uint8Array> | undefined;
  if (options.raw) {
    body = options.raw.body;
    if (options.raw.type) headers["content-type"] = options.raw.type;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const request = new Request(`http://localhost${url}`, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, body: json as T, text };
}

let seq = 0;

/** A user with a bearer token, created through Prisma as a test needs it. */
export async function seedUser(role: Role, options: { active?: boolean; teamId?: string | null; password?: string; email?: string } = {}) {
  seq += 1;
  const user = await db().user.create({
    data: {
      email: options.email ?? `${role}${seq}-${process.pid}@example.com`,
      name: `${role} ${seq}`,
      role,
      active: options.active ?? true,
      teamId: options.teamId ?? null,
      passwordHash: options.password ? await hashPassword(options.password) : "not-a-hash",
    },
  });
  const token = newToken();
  await db().apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hashToken(token) } });
  return { user, token };
}
