import { expect, test } from "vitest";
import { DATABASE_UNAVAILABLE, isConnectionError, isDatabaseUnavailable, markUnavailable, retryDelay } from "./db-unavailable";

const GENERIC = "An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.";

test.each([
  ["a refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), true],
  ["Prisma's P1001", { name: "PrismaClientKnownRequestError", code: "P1001", message: "Can't reach database server at db:5432" }, true],
  ["Prisma failing to start", { name: "PrismaClientInitializationError", message: "…" }, true],
  [
    "a raw query's P2010 from the pg adapter",
    { code: "P2010", message: "Raw query failed.", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } } },
    true,
  ],
  ["a server shutting down (57P01), as a cause", new Error("wrapped", { cause: { code: "57P01" } }), true],
  ["too many connections (53300)", { code: "53300", message: "sorry, too many clients already" }, true],
  ["a duplicate key (P2002)", { code: "P2002", message: "Unique constraint failed" }, false],
  ["a syntax error (42601)", { code: "42601", message: "syntax error at or near" }, false],
  ["a plain error", new Error("boom"), false],
  ["a thrown string", "ECONNREFUSED", false],
  ["null", null, false],
])("%s: a connection error %s", (_, error, expected) => {
  expect(isConnectionError(error)).toBe(expected);
});

test.each([
  ["a production build's server error with the digest", { message: GENERIC, digest: `${DATABASE_UNAVAILABLE}:1b2c` }, true],
  ["a production build's other server error", { message: GENERIC, digest: "2718281828" }, false],
  ["a development build's server error, message kept", { message: "Can't reach database server at localhost:5432", digest: "31415" }, true],
  ["a client component's error", new TypeError("undefined is not a function"), false],
])("%s: the database is unavailable %s", (_, error, expected) => {
  expect(isDatabaseUnavailable(error)).toBe(expected);
});

test("markUnavailable gives a connection error the digest, and leaves any other error and an existing digest alone", () => {
  const refused = markUnavailable(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }));
  expect((refused as { digest?: string }).digest).toMatch(new RegExp(`^${DATABASE_UNAVAILABLE}:`));
  expect(markUnavailable(new Error("boom"))).not.toHaveProperty("digest");
  expect(markUnavailable(Object.assign(new Error("refused"), { code: "ECONNREFUSED", digest: "NEXT_REDIRECT" })).digest).toBe("NEXT_REDIRECT");
});

test.each([
  [0, 2_000],
  [1, 4_000],
  [2, 8_000],
  [3, 16_000],
  [4, 30_000],
  [20, 30_000],
])("try %i waits %i ms", (attempt, delay) => {
  expect(retryDelay(attempt)).toBe(delay);
});
