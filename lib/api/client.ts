import { fillPath, type AnyEndpoint, type BodyIn, type ParamsIn, type QueryIn, type ResponseOf } from "./contract";

export type FieldErrors = Record<string, string>;

/**
 * The one client-side error: a failed answer with the envelope's status, code, message and, for
 * a 400, the message of each field named, so a form can show them where they belong.
 */
export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details: unknown,
    /** The whole JSON body: a 409 carries the current record, a 422 import its report. */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  get fields(): FieldErrors {
    if (!Array.isArray(this.details)) return {};
    const fields: FieldErrors = {};
    for (const detail of this.details as { field?: unknown; message?: unknown }[]) {
      if (typeof detail?.field === "string" && typeof detail.message === "string" && !fields[detail.field]) fields[detail.field] = detail.message;
    }
    return fields;
  }
}

/** A field's message from a failed write, if the server named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiClientError ? error.fields[field] : undefined;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** The query string of an endpoint call; empty and absent values are left out. */
export function toSearch(query: Query | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

type Input<E extends AnyEndpoint> = (ParamsIn<E> extends undefined ? { params?: undefined } : { params: ParamsIn<E> }) &
  (QueryIn<E> extends undefined ? { query?: undefined } : { query: QueryIn<E> }) &
  (BodyIn<E> extends undefined ? { body?: undefined } : { body: BodyIn<E> }) & { signal?: AbortSignal };

/** The address of an endpoint call, for links (CSV downloads) and non-fetch clients. */
export function endpointUrl<E extends AnyEndpoint>(endpoint: E, input: { params?: unknown; query?: unknown } = {}): string {
  return fillPath(endpoint.path, input.params as Record<string, string>) + toSearch(input.query as Query);
}

/** Reads an answer: its JSON, or an ApiClientError carrying the error envelope. */
export async function readAnswer<T>(response: Response): Promise<T> {
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiClientError(error?.message ?? `The server answered ${response.status}`, response.status, error?.code ?? "internal", error?.details, json);
  }
  return json as T;
}

/**
 * The one way the browser calls the API: typed by the endpoint's contract, errors as
 * ApiClientError. `apiFetch(spendEndpoints.update, { params: { id }, body })`.
 */
export async function apiFetch<E extends AnyEndpoint>(
  endpoint: E,
  ...[input]: Input<E> extends { params?: undefined; query?: undefined; body?: undefined } ? [Input<E>?] : [Input<E>]
): Promise<ResponseOf<E>> {
  const { params, query, body, signal } = (input ?? {}) as { params?: unknown; query?: unknown; body?: unknown; signal?: AbortSignal };
  const response = await fetch(endpointUrl(endpoint, { params, query }), {
    method: endpoint.method,
    signal,
    headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readAnswer<ResponseOf<E>>(response);
}
