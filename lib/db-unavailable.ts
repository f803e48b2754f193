/**
 * Telling "the database is unreachable" from other failures, on the server (the API's 503) and in
 * the browser (the pages' error boundary, app/error.tsx). Imports nothing, so both can use it.
 */

/** Node socket errors, PostgreSQL's connection and shutdown SQLSTATEs (08…, 57P0…, 53300 too many connections) and Prisma's. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1017",
]);

/** The kinds of @prisma/adapter-pg's errors that mean the same (a raw query's P2010 carries one). */
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const CONNECTION_MESSAGE =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database server|the database system is (shutting down|starting up)/;

type Shape = {
  code?: unknown;
  /** The SQLSTATE of a PostgreSQL error the pg adapter wrapped. */
  originalCode?: unknown;
  name?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** Whether a thrown value (or what it wraps) says the database cannot be reached right now. */
export function isConnectionError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, originalCode, name, kind, message, cause, meta } = current as Shape;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof originalCode === "string" && CONNECTION_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && CONNECTION_KINDS.has(kind)) return true;
    if (name === "PrismaClientInitializationError") return true;
    if (typeof message === "string" && CONNECTION_MESSAGE.test(message)) return true;
    current = meta?.driverAdapterError ?? cause;
  }
  return false;
}

/**
 * The digest prefix of a server error caused by an unreachable database. A production build sends
 * the browser a server component's error with its message blanked out but its digest kept, so the
 * digest is how the error page knows.
 */
export const DATABASE_UNAVAILABLE = "database-unavailable";

/** Marks a connection error with the digest the error page recognizes; any other error is left alone. */
export function markUnavailable<T>(error: T): T {
  if (isConnectionError(error) && typeof error === "object" && error !== null && !("digest" in error)) {
    Object.assign(error, { digest: `${DATABASE_UNAVAILABLE}:${crypto.randomUUID()}` });
  }
  return error;
}

/** Whether the error a page's error boundary caught means the database is unreachable (its digest in production, itself in development). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (typeof digest === "string" && digest.startsWith(DATABASE_UNAVAILABLE)) || isConnectionError(error);
}

/** Milliseconds before the error page's next try: 2 s, doubling, at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** attempt);
}
