import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call an endpoint: a permission, one computed from the path, or anyone. */
export type Access = Permission | "public" | ((params: Record<string, string>) => Permission);

type Schema = z.ZodType;

/**
 * One endpoint's whole contract: where it lives, who may call it, what it reads and what it
 * answers. `route()` enforces it on the server, `apiFetch()` types the client with it and the
 * OpenAPI document is generated from it, so the three can never disagree.
 */
export type Endpoint<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> = {
  method: Method;
  /** OpenAPI style: `/api/v1/spend/{id}`. */
  path: string;
  summary: string;
  description?: string;
  /** Groups the endpoint in the API reference: the feature's name. */
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** The success answer's JSON, as it is on the wire (dates as ISO text, money as decimal text). */
  response: R;
  /** The success status: 200 unless said otherwise (201 for creations, 204 for no body). */
  status?: 200 | 201 | 204;
  /** A non-JSON request body (the CSV import) or answer (the CSV exports). */
  consumes?: "text/csv";
  produces?: "text/csv";
  /** Error statuses worth naming besides 400/401/403/500, e.g. 404, 409, 422. */
  errors?: number[];
  /** An error status whose body is more than the envelope (the import's 422 carries its report). */
  errorBodies?: Partial<Record<number, z.ZodType>>;
};

export type AnyEndpoint = Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, Schema>;

/** Declares an endpoint; the identity function keeps every schema's exact type. */
export function endpoint<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(spec: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return spec;
}

type Out<S> = S extends Schema ? z.output<S> : undefined;
type In<S> = S extends Schema ? z.input<S> : undefined;

export type ParamsOf<E> = E extends Endpoint<infer P, Schema | undefined, Schema | undefined, Schema> ? Out<P> : never;
export type QueryOf<E> = E extends Endpoint<Schema | undefined, infer Q, Schema | undefined, Schema> ? Out<Q> : never;
export type BodyOf<E> = E extends Endpoint<Schema | undefined, Schema | undefined, infer B, Schema> ? Out<B> : never;
/** What a client sends: the schemas' input types (numbers may still be text in a query). */
export type ParamsIn<E> = E extends Endpoint<infer P, Schema | undefined, Schema | undefined, Schema> ? In<P> : never;
export type QueryIn<E> = E extends Endpoint<Schema | undefined, infer Q, Schema | undefined, Schema> ? In<Q> : never;
export type BodyIn<E> = E extends Endpoint<Schema | undefined, Schema | undefined, infer B, Schema> ? In<B> : never;
/** The success answer as the client reads it. */
export type ResponseOf<E> = E extends Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, infer R> ? z.output<R> : never;

/**
 * What a handler may return for a response schema: the same shape, where text may still be a
 * Date or a Prisma Decimal (anything whose JSON is text), since the answer is checked as JSON.
 */
export type Wire<T> = T extends string
  ? string | { toJSON(): string }
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** Every error code and its HTTP status (docs/api.md "Errors"). */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  request_timeout: 408,
  payload_too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
  database_unavailable: 503,
  service_unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** The error envelope every failure answers. */
export const errorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

/** Fill `{name}` placeholders of an endpoint path. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** Shared wire shapes. */
export const wire = {
  /** A timestamp as ISO 8601 text. */
  timestamp: z.string().meta({ format: "date-time" }),
  /** A calendar date YYYY-MM-DD. */
  date: z.string().meta({ format: "date" }),
  /** Money as exact decimal text, e.g. "1234.56". */
  money: z.string().meta({ description: "exact decimal amount", example: "1234.56" }),
  /** The empty answer of a 204. */
  none: z.null(),
};
