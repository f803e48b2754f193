import "server-only";
import { Prisma } from "@prisma/client";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isConnectionError } from "@/lib/db-unavailable";
import { ERROR_STATUS, type ErrorCode } from "./contract";

export type { ErrorCode };

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

/** A failure with a known meaning; everything else becomes a logged 500. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
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
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "40P01" || code === "40001") {
    return conflict("Another change to the same records ran at the same moment; nothing was written. Try again.");
  }
  if (isConnectionError(error)) {
    return new ApiError("database_unavailable", "The database is unreachable; Tandem will reconnect when it is back.");
  }
  console.error("Unhandled error", error);
  return new ApiError("internal", "Something went wrong on the server; it has been logged.");
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  const apiError = toApiError(error);
  const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } };
  if (apiError.details !== undefined) body.error.details = apiError.details;
  return NextResponse.json(body, { status: apiError.status });
}
