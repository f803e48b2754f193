import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkTrendPoints } from "@/features/kpis/server/trends";
import { IMPORT_APPLICATION_NAME } from "@/features/imports/server/import-pool";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { connect, db } from "@/lib/db/client";
import { call, resetDatabase, seedUser } from "./harness";

// Issue 9, "bounded work per request": every input that used to stall the server, reach
// PostgreSQL as a 500 or hold a connection forever. Read once, when the first import runs.
process.env.TANDEM_IMPORT_CONCURRENCY = "2";

let token: string;
beforeEach(async () => {
  ({ token } = await seedUser("admin"));
});
afterEach(async () => {
  delete process.env.TANDEM_IMPORT_IDLE_MS;
  delete process.env.TANDEM_JSON_MAX_BYTES;
  await resetDatabase();
});

type Envelope = { error: { code: string; message: string; details?: { field: string | null; message: string }[] } };
const fields = (body: Envelope) => (body.error.details ?? []).map((d) => d.field);

describe("dates and periods", () => {
  test.each([
    ["/api/v1/kpis?from=0000-01-01&to=2026-01-31", "from"],
    ["/api/v1/kpis?from=2026-01-01&to=9999-12-31&compare=previous", "to"],
    ["/api/v1/trends?metric=leads&from=0000-01-01&to=2026-01-31&interval=month", "from"],
    ["/api/v1/trends?metric=leads&from=2026-01-01&to=9999-12-31&interval=day", "to"],
    ["/api/v1/teams/trends?from=0000-01-01&to=2026-01-31", "from"],
    ["/api/v1/teams/trends?from=2026-01-01&to=9999-12-31", "to"],
    ["/api/v1/funnel/cohorts?from=0000-01-01&to=2026-01-31", "from"],
    ["/api/v1/funnel/cohorts?from=2026-01-01&to=9999-12-31", "to"],
  ])("%s answers 400 naming %s", async (url, field) => {
    const answer = await call<Envelope>("GET", url, { token });
    expect(answer.status).toBe(400);
    expect(fields(answer.body)).toContain(field);
    expect(answer.body.error.message).toMatch(/between 1900-01-01 and 2999-12-31/);
  });

  test.each(["/api/v1/kpis", "/api/v1/trends?metric=leads&interval=month&", "/api/v1/teams/trends?interval=month&", "/api/v1/funnel"])(
    "%s refuses a period of more than 20 years, naming from and to",
    async (path) => {
      const answer = await call<Envelope>("GET", `${path}${path.endsWith("&") ? "" : "?"}from=2000-01-01&to=2020-01-01`, { token });
      expect(answer.status).toBe(400);
      expect(fields(answer.body)).toEqual(["from", "to"]);
    },
  );

  test("the earliest, longest period compares with the one before 1900 without a database error", async () => {
    const answer = await call("GET", "/api/v1/kpis?from=1900-01-01&to=1919-12-31&compare=previous", { token });
    expect(answer.status).toBe(200);
  });

  test.each([
    ["/api/v1/trends?metric=leads&from=2000-01-01&to=2019-12-31&interval=day", ["interval"]],
    ["/api/v1/sparklines?from=2000-01-01&to=2019-12-31&interval=day", ["interval"]],
    ["/api/v1/teams/trends?from=2000-01-01&to=2019-12-31&interval=week", ["interval"]],
    ["/api/v1/funnel/cohorts?from=2000-01-01&to=2019-12-31", ["from", "to"]],
  ])("%s has too many points: 400 naming %j", async (url, named) => {
    const answer = await call<Envelope>("GET", url, { token });
    expect(answer.status).toBe(400);
    expect(fields(answer.body)).toEqual(named);
  });

  test("the point cap is arithmetic: a millennium of days is refused without building its buckets", () => {
    // buckets() would build 401,767 periods here; checkTrendPoints only counts them.
    expect(() => checkTrendPoints({ from: "1900-01-01", to: "2999-12-31" }, "day")).toThrow(/401767 days are too many points/);
    expect(() => checkTrendPoints({ from: "2026-01-01", to: "2026-12-31" }, "day")).not.toThrow();
  });
});

describe("NUL bytes", () => {
  test.each([
    ["GET", "/api/v1/kpis?from=2026-01-01&to=2026-01-31&team=%00", undefined, "team"],
    ["GET", "/api/v1/kpis?from=2026-01-01&to=2026-01-31&ca%00mpaign=x", undefined, "ca\u0000mpaign"],
    ["GET", "/api/v1/campaigns/c%001", undefined, "id"],
    ["POST", "/api/v1/teams", { id: "t1", name: "A\u0000B" }, "name"],
    ["POST", "/api/v1/teams", { id: "t1", name: "A", nested: [{ deep: ["ok", "\u0000"] }] }, "nested.0.deep.1"],
    ["POST", "/api/v1/session", { email: "a\u0000@example.com", password: "x" }, "email"],
  ] as const)("%s %s answers 400 naming the field", async (method, url, body, field) => {
    const answer = await call<Envelope>(method, url, { token, body });
    expect(answer.status).toBe(400);
    expect(fields(answer.body)).toEqual([field]);
    expect(answer.body.error.message).toMatch(/NUL/);
  });

  test("a NUL nested deeper than the stack is found and named, without a 500", async () => {
    const depth = 200_000;
    const body = `${"[".repeat(depth)}"\\u0000"${"]".repeat(depth)}`;
    const answer = await call<Envelope>("POST", "/api/v1/teams", { token, raw: { body, type: "application/json" } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details?.[0]?.field).toBe(Array(depth).fill("0").join("."));
  });
});

describe("JSON body size", () => {
  const endless = () => {
    let cancelled = false;
    const chunk = new TextEncoder().encode(`{"email":"${"a".repeat(65_536)}`);
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(chunk),
      cancel: () => {
        cancelled = true;
      },
    });
    return { stream, cancelled: () => cancelled };
  };

  test("an endless body to the anonymous POST /api/v1/session answers 413 once past the limit and stops reading", async () => {
    const { stream, cancelled } = endless();
    const answer = await call<Envelope>("POST", "/api/v1/session", { raw: { body: stream, type: "application/json" } });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe("payload_too_large");
    expect(cancelled()).toBe(true);
  });

  test("a declared Content-Length over the limit answers 413 before reading", async () => {
    const answer = await call<Envelope>("POST", "/api/v1/session", {
      body: { email: "a@example.com", password: "x" },
      headers: { "content-length": String(2 * 1024 * 1024) },
    });
    expect(answer.status).toBe(413);
  });

  test("TANDEM_JSON_MAX_BYTES sets the limit; a body within it is read as usual", async () => {
    process.env.TANDEM_JSON_MAX_BYTES = "64";
    const team = { id: "t-bounds", name: "x".repeat(40) };
    expect((await call<Envelope>("POST", "/api/v1/teams", { token, body: team })).status).toBe(413);
    delete process.env.TANDEM_JSON_MAX_BYTES;
    expect((await call("POST", "/api/v1/teams", { token, body: team })).status).toBe(201);
  });
});

describe("database errors", () => {
  test("a reading runs under the statement timeout (TANDEM_STATEMENT_TIMEOUT_MS, 10 s by default)", async () => {
    const [row] = await db().$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(row?.statement_timeout).toBe("10s");
  });

  test("a statement cancelled by the timeout answers 503 with Retry-After", async () => {
    const slow = connect(process.env.DATABASE_URL!, { statementTimeoutMs: 50 });
    const error = await slow.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e);
    await slow.$disconnect();
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error.code).toBe("service_unavailable");
  });

  test("no connection left for the role (53300) answers 503 with Retry-After", async () => {
    const role = `tandem_full_${process.pid}`;
    await db().$executeRawUnsafe(`CREATE ROLE ${role} LOGIN PASSWORD 'x' CONNECTION LIMIT 0`);
    try {
      const url = new URL(process.env.DATABASE_URL!);
      [url.username, url.password] = [role, "x"];
      const full = connect(url.toString());
      const error = await full.$queryRaw`SELECT 1`.catch((e: unknown) => e);
      await full.$disconnect();
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
    } finally {
      await db().$executeRawUnsafe(`DROP ROLE ${role}`);
    }
  });

  test.each([
    ["a NUL byte (22021)", () => db().team.findMany({ where: { name: "a\u0000b" } })],
    ["a date out of range (22008)", () => db().$queryRaw`SELECT '0000-01-01'::date`],
    ["a timestamp out of range (22008)", () => db().$queryRaw`SELECT make_date(-2025, 1, 1) - 10000000`],
  ])("%s that still reaches PostgreSQL answers 400, not 500", async (_, run) => {
    const error = await run().catch((e: unknown) => e);
    expect(errorResponse(error).status).toBe(400);
  });

  test("an ApiError carries its headers onto the answer", () => {
    const response = errorResponse(new ApiError("too_many_requests", "slow down", undefined, { "Retry-After": "7" }));
    expect([response.status, response.headers.get("retry-after")]).toEqual([429, "7"]);
  });
});

describe("imports", () => {
  const CSV = "date,channel,landing_page,sessions\n";
  const row = (n: number) => `2026-10-01,email,/page-${n},1\n`;

  /** An upload that sends `text` and then nothing until `finish` is called (or forever). */
  function stalledUpload(text: string) {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        if (text) c.enqueue(new TextEncoder().encode(text));
      },
      cancel() {
        cancelled = true;
      },
    });
    return { body, finish: () => controller.close(), cancelled: () => cancelled };
  }

  const upload = (body: BodyInit | ReadableStream<Uint8Array>) => call<Envelope>("POST", "/api/v1/import/traffic", { token, raw: { body, type: "text/csv" } });

  /** The import connections of this worker's database, busy or pooled. */
  async function importSessions(): Promise<number> {
    const [row] = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${IMPORT_APPLICATION_NAME} AND datname = current_database() AND state <> 'idle'`;
    return row?.n ?? 0;
  }

  async function until(check: () => Promise<boolean>) {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("condition not reached");
  }

  test("over TANDEM_IMPORT_CONCURRENCY an import answers 429 with Retry-After at once; the running ones finish", async () => {
    const stalled = [stalledUpload(CSV + row(1)), stalledUpload(CSV + row(2))];
    const running = stalled.map((s) => upload(s.body));
    await until(async () => (await importSessions()) === 2);

    const extra = await upload(CSV + row(3));
    expect(extra.status).toBe(429);
    expect(extra.headers.get("retry-after")).toBe("10");
    expect(extra.body.error.code).toBe("too_many_requests");

    for (const s of stalled) s.finish();
    expect((await Promise.all(running)).map((a) => a.status)).toEqual([200, 200]);
    // The slots are free again.
    expect((await upload(CSV + row(4))).status).toBe(200);
    expect(await db().traffic.count()).toBe(3);
  });

  test.each([
    ["before the header", ""],
    ["in the middle of the rows", CSV + row(1)],
  ])("an upload that stalls %s is stopped after TANDEM_IMPORT_IDLE_MS: 408, rolled back, connection closed", async (_, sent) => {
    process.env.TANDEM_IMPORT_IDLE_MS = "300";
    const stalled = stalledUpload(sent);
    const answer = await upload(stalled.body);
    expect(answer.status).toBe(408);
    expect(answer.body.error.code).toBe("request_timeout");
    expect(answer.body.error.message).toMatch(/nothing was written/);
    expect(stalled.cancelled()).toBe(true);
    await until(async () => (await importSessions()) === 0);
    expect(await db().traffic.count()).toBe(0);
    // Both slots are free: two imports run side by side.
    delete process.env.TANDEM_IMPORT_IDLE_MS;
    expect((await Promise.all([upload(CSV + row(1)), upload(CSV + row(2))])).map((a) => a.status)).toEqual([200, 200]);
  });
});
