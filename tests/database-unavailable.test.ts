import { afterAll, expect, test } from "vitest";
import { toApiError } from "@/lib/api/errors";
import { connect, db } from "@/lib/db/client";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db-unavailable";
import { resetDatabase } from "./harness";

// Nothing listens on port 1: every query fails to connect, as when the database is away.
const away = connect("postgresql://tandem:secret@127.0.0.1:1/tandem");
afterAll(() => away.$disconnect());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("the query should have failed"),
    (error: unknown) => error,
  );
}

test.each([
  ["a model query", () => away.user.findFirst()],
  ["a raw query (the KPI engine's)", () => away.$queryRaw`SELECT 1`],
  ["an unsafe raw statement", () => away.$executeRawUnsafe("SELECT 1")],
  ["a query in a transaction", () => away.$transaction([away.team.count()])],
])("%s against an unreachable database carries the digest the error page knows, and answers 503", async (_, run) => {
  const error = await failure(run());
  expect((error as { digest?: string }).digest).toMatch(new RegExp(`^${DATABASE_UNAVAILABLE}:`));
  expect(isDatabaseUnavailable({ message: "(blanked in production)", digest: (error as { digest: string }).digest })).toBe(true);
  expect(toApiError(error)).toMatchObject({ code: "database_unavailable", status: 503 });
});

test("a failing query of a reachable database keeps no such digest", async () => {
  await db().team.create({ data: { id: "t1", name: "Alpha", kind: "sales" } });
  const error = await failure(db().team.create({ data: { id: "t1", name: "Again", kind: "sales" } }));
  expect(error).not.toHaveProperty("digest");
  await resetDatabase();
});
