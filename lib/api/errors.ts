import "server-only";
import { Prisma } from "@prisma/client";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isConnectionError } from "@/lib/db-unavailable";
import { ERROR_STATUS, type ErrorCode } from "./contract";

export type { ErrorCode };

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

/** A failure with a known meaning; everything else becomes a logged 500. `headers` go on the answer (Retry-After). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Sent with the answer, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  get status() {
    return ERROR_STATUS[this.code];
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiError("bad_request", message, details);
export const notFound = (message: string) => new ApiError("not_found", message);
export const forbidden = (message: string) => new ApiError("forbidden", message);
export const conflict = (message: string, details?: unknown) => new ApiError("conflict", message, details);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new ApiError("too_many_requests", message, undefined, { "Retry-After": String(retryAfterSeconds) });

/** How long a client should wait after a 503: the database is busy or away for seconds, not minutes. */
const RETRY_AFTER = { "Retry-After": "5" };

/**
 * The SQLSTATE of a PostgreSQL error, whether thrown by pg itself (the importer) or wrapped by
 * Prisma's driver adapter (`meta.driverAdapterError.cause.originalCode`).
 */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const { originalCode, code, meta, cause } = current as { originalCode?: unknown; code?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof originalCode === "string") return originalCode;
    // Prisma's own codes (P2010…) look like SQLSTATEs; theirs is inside `meta`.
    if (!(current instanceof Prisma.PrismaClientKnownRequestError) && typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = meta?.driverAdapterError ?? cause;
  }
  return undefined;
}

function tooBusy() {
  return new ApiError("service_unavailable", "The database has no free connection at the moment; try again in a few seconds.", undefined, RETRY_AFTER);
}

/** Maps any thrown value onto the one error envelope of docs/api.md. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ field: issue.path.join(".") || null, message: issue.message }));
    const fields = [...new Set(details.map((d) => d.field).filter(Boolean))];
    const [first] = details;
    return badRequest(fields.length && first ? `Invalid ${fields.join(", ")}: ${first.message}` : (first?.message ?? "Invalid input"), details);
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return notFound("The record does not exist");
    if (error.code === "P2002") return new ApiError("conflict", "A record with the same key already exists", error.meta);
    if (error.code === "P2003") return badRequest("A referenced record does not exist", error.meta);
    if (error.code === "P2037") return tooBusy();
  }
  const state = sqlState(error);
  if (state === "40P01" || state === "40001") {
    return conflict("Another change to the same records ran at the same moment; nothing was written. Try again.");
  }
  // statement_timeout (lib/db/client.ts) or a cancel by an operator.
  if (state === "57014") {
    return new ApiError(
      "service_unavailable",
      "The database stopped this request because it ran too long (TANDEM_STATEMENT_TIMEOUT_MS); try a shorter period, or again in a moment.",
      undefined,
      RETRY_AFTER,
    );
  }
  if (state === "53300" || state === "53400") return tooBusy();
  // Inputs are checked before they reach SQL (lib/api/route.ts, lib/dates.ts); these are the backstop.
  if (state === "22021") return badRequest("The input contains characters the database cannot store (a NUL byte or invalid UTF-8).");
  if (state === "22008" || state === "22009") return badRequest("A date or time is outside the range Tandem supports.");
  if (isConnectionError(error)) {
    return new ApiError("database_unavailable", "The database is unreachable; Tandem will reconnect when it is back.", undefined, RETRY_AFTER);
  }
  console.error("Unhandled error", error);
  return new ApiError("internal", "Something went wrong on the server; it has been logged.");
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  const apiError = toApiError(error);
  const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } };
  if (apiError.details !== undefined) body.error.details = apiError.details;
  return NextResponse.json(body, { status: apiError.status, headers: apiError.headers });
}
