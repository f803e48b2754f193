import { Readable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { importRefusal, type ImportMode } from "@/features/imports/contract";
import { exportCsv } from "@/features/imports/server/export";
import { DEFAULT_MAX_BYTES, importCsv } from "@/features/imports/server/importer";
import type { TableName } from "@/features/imports/tables";
import { call, resetDatabase, seedUser, type Answer } from "./harness";

afterEach(resetDatabase);

function load(table: TableName, text: string | string[], mode: ImportMode = "all-or-nothing", maxBytes = DEFAULT_MAX_BYTES) {
  return importCsv(table, Readable.from(Array.isArray(text) ? text : [text]), { mode, maxBytes });
}

/** Lines joined into a file, so that each test reads like the CSV it sends. */
const file = (...lines: string[]) => lines.join("\n") + "\n";

/** Every column as Postgres prints it (times in UTC), so rows compare whole. */
async function rows(table: string): Promise<Record<string, unknown>[]> {
  const [, result] = await db().$transaction([
    db().$executeRawUnsafe("SET LOCAL TIME ZONE 'UTC'"),
    db().$queryRawUnsafe<{ r: Record<string, unknown> }[]>(`SELECT row_to_json(t)::jsonb AS r FROM "${table}" t ORDER BY id`),
  ]);
  return result.map(({ r }) => r);
}

async function count(table: string): Promise<number> {
  const [{ n }] = await db().$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${table}"`);
  return n;
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const TEAMS = file("id,name,kind", "t1,Alpha,sales", "tm,Demand,marketing");
const CAMPAIGNS = file("id,name,channel,starts_on,ends_on", "c1,Search,paid_search,2026-01-01,2026-12-31", "c2,Newsletter,email,,");
const LEADS = file(
  "source,id,created_at,email,company,campaign_id,channel,score,mql_at,sql_at,disqualified_at,owner_id",
  "marketing,L1,2026-03-02T14:05:00Z,a@example.com,Acme,c1,paid_search,42,2026-03-03T16:05:00+02:00,,,u1",
  "sales,L2,2026-03-02T14:05:00,,,,outbound,,2026-03-04,,,",
);

async function loadBase() {
  await load("teams", TEAMS);
  await load("campaigns", CAMPAIGNS);
  await load("leads", LEADS);
}

describe("a clean import", () => {
  test("loads every table in reference order with exact values", async () => {
    expect(await load("teams", TEAMS)).toEqual({ table: "teams", inserted: 2, updated: 0, rejected: [], rejectedRows: 0 });
    expect(await rows("teams")).toEqual([
      { id: "t1", name: "Alpha", kind: "sales" },
      { id: "tm", name: "Demand", kind: "marketing" },
    ]);

    expect((await load("campaigns", CAMPAIGNS)).inserted).toBe(2);
    expect(await rows("campaigns")).toEqual([
      { id: "c1", name: "Search", channel: "paid_search", starts_on: "2026-01-01", ends_on: "2026-12-31" },
      { id: "c2", name: "Newsletter", channel: "email", starts_on: null, ends_on: null },
    ]);

    const spend = file(
      "id,campaign_id,period_start,period_end,amount,note,entered_by,entered_at",
      "s1,c1,2026-03-01,2026-03-31,1234.56,March,ann@example.com,2026-03-02T14:05:00",
      "s2,c2,2026-03-01,2026-03-01,99999999999.99,,,2026-03-02T14:05:00.123456Z",
    );
    expect((await load("spend", spend)).inserted).toBe(2);
    expect(await rows("spend")).toEqual([
      {
        id: "s1",
        campaign_id: "c1",
        period_start: "2026-03-01",
        period_end: "2026-03-31",
        amount: 1234.56,
        note: "March",
        entered_by: "ann@example.com",
        entered_at: "2026-03-02T14:05:00+00:00",
        version: 1,
      },
      {
        id: "s2",
        campaign_id: "c2",
        period_start: "2026-03-01",
        period_end: "2026-03-01",
        amount: 99999999999.99,
        note: null,
        entered_by: null,
        entered_at: "2026-03-02T14:05:00.123456+00:00",
        version: 1,
      },
    ]);
    // JSON numbers would hide rounding; the text of the Decimal is exact.
    expect(await db().$queryRaw`SELECT amount::text FROM spend ORDER BY id`).toEqual([{ amount: "1234.56" }, { amount: "99999999999.99" }]);

    expect((await load("leads", LEADS)).inserted).toBe(2);
    expect(await rows("leads")).toEqual([
      {
        id: "L1",
        email: "a@example.com",
        company: "Acme",
        created_at: "2026-03-02T14:05:00+00:00",
        source: "marketing",
        campaign_id: "c1",
        channel: "paid_search",
        score: 42,
        mql_at: "2026-03-03T14:05:00+00:00",
        sql_at: null,
        disqualified_at: null,
        owner_id: "u1",
      },
      // No zone means UTC; a date alone means midnight UTC.
      {
        id: "L2",
        email: null,
        company: null,
        created_at: "2026-03-02T14:05:00+00:00",
        source: "sales",
        campaign_id: null,
        channel: "outbound",
        score: null,
        mql_at: "2026-03-04T00:00:00+00:00",
        sql_at: null,
        disqualified_at: null,
        owner_id: null,
      },
    ]);

    const handoffs = file(
      "id,lead_id,team_id,sent_at,accepted_at,rejected_at,rejection_reason,first_follow_up_at",
      "h1,L1,t1,2026-03-03T10:00:00Z,2026-03-03T12:00:00Z,,,2026-03-03T14:30:00Z",
      'h2,L2,t1,2026-03-04T10:00:00Z,,2026-03-04T11:00:00Z,"Not a fit, too small",',
    );
    expect((await load("handoffs", handoffs)).inserted).toBe(2);
    expect(await rows("handoffs")).toEqual([
      {
        id: "h1",
        lead_id: "L1",
        team_id: "t1",
        sent_at: "2026-03-03T10:00:00+00:00",
        accepted_at: "2026-03-03T12:00:00+00:00",
        rejected_at: null,
        rejection_reason: null,
        first_follow_up_at: "2026-03-03T14:30:00+00:00",
        version: 1,
      },
      {
        id: "h2",
        lead_id: "L2",
        team_id: "t1",
        sent_at: "2026-03-04T10:00:00+00:00",
        accepted_at: null,
        rejected_at: "2026-03-04T11:00:00+00:00",
        rejection_reason: "Not a fit, too small",
        first_follow_up_at: null,
        version: 1,
      },
    ]);

    const opportunities = file(
      "id,lead_id,name,team_id,owner_id,source,campaign_id,created_at,amount,stage,quoted_at,closed_at",
      "o1,L1,Acme deal,t1,u1,marketing,c1,2026-03-05T09:00:00Z,10000.5,won,2026-03-06T09:00:00Z,2026-03-10T09:00:00Z",
      "o2,,,,,partner,,2026-03-05T09:00:00Z,0.01,open,,",
    );
    expect((await load("opportunities", opportunities)).inserted).toBe(2);
    expect(await db().$queryRaw`SELECT id, amount::text, stage::text, closed_at FROM opportunities ORDER BY id`).toEqual([
      { id: "o1", amount: "10000.50", stage: "won", closed_at: new Date("2026-03-10T09:00:00Z") },
      { id: "o2", amount: "0.01", stage: "open", closed_at: null },
    ]);

    const customers = file(
      "id,name,opportunity_id,campaign_id,channel,started_at,churned_at,mrr",
      "cu1,Acme,o1,c1,paid_search,2026-03-10T09:00:00Z,,250.00",
      "cu2,Other,,,,2026-01-01,2026-03-01T00:00:00Z,19.99",
    );
    expect((await load("customers", customers)).inserted).toBe(2);
    expect(await db().$queryRaw`SELECT id, opportunity_id, mrr::text, churned_at FROM customers ORDER BY id`).toEqual([
      { id: "cu1", opportunity_id: "o1", mrr: "250.00", churned_at: null },
      { id: "cu2", opportunity_id: null, mrr: "19.99", churned_at: new Date("2026-03-01T00:00:00Z") },
    ]);

    const traffic = file(
      "date,channel,landing_page,sessions,users,pageviews,bounces,total_session_seconds,conversions",
      "2026-03-01,organic_search,/pricing,100,80,250,40,5000000000,3",
      "2026-03-01,email,/pricing,10,9,12,1,600,0",
    );
    expect((await load("traffic", traffic)).inserted).toBe(2);
    expect(await db().$queryRaw`SELECT channel::text, sessions, total_session_seconds::text FROM traffic ORDER BY channel`).toEqual([
      { channel: "email", sessions: 10, total_session_seconds: "600" },
      { channel: "organic_search", sessions: 100, total_session_seconds: "5000000000" },
    ]);
  });

  test("records the import in the audit log", async () => {
    await load("teams", TEAMS);
    expect(await db().auditLog.findMany({ select: { entity: true, entityId: true, action: true, after: true } })).toEqual([
      { entity: "import", entityId: "teams", action: "import", after: { inserted: 2, updated: 0, rejected: 0 } },
    ]);
  });

  test("an empty cell of a column that cannot be null takes the column's default", async () => {
    await loadBase();
    await load("opportunities", file("id,source,created_at,stage,amount", "o1,sales,2026-03-05T09:00:00Z,open,"));
    await load("traffic", file("date,channel,landing_page,sessions,total_session_seconds", "2026-03-01,email,/,,"));
    await load("spend", file("id,campaign_id,period_start,period_end,amount,entered_at", "s1,c1,2026-03-01,2026-03-02,5,"));
    expect(await db().$queryRaw`SELECT amount::text FROM opportunities`).toEqual([{ amount: "0.00" }]);
    expect(await db().$queryRaw`SELECT sessions, total_session_seconds::text FROM traffic`).toEqual([{ sessions: 0, total_session_seconds: "0" }]);
    expect(await db().$queryRaw`SELECT entered_at > now() - interval '1 hour' AS recent FROM spend`).toEqual([{ recent: true }]);
  });

  test("a file with only the header writes nothing and succeeds", async () => {
    expect(await load("teams", "id,name,kind\n")).toEqual({ table: "teams", inserted: 0, updated: 0, rejected: [], rejectedRows: 0 });
  });
});

describe("upsert", () => {
  test("a second import updates existing ids and inserts new ones; missing columns keep their values", async () => {
    await loadBase();
    await load("spend", file("id,campaign_id,period_start,period_end,amount,note", "s1,c1,2026-03-01,2026-03-31,100,first"));
    const result = await load(
      "spend",
      file("id,period_start,period_end,amount,campaign_id", "s1,2026-03-01,2026-03-31,200.5,c2", "s2,2026-04-01,2026-04-30,7,c1"),
    );
    expect(result).toMatchObject({ inserted: 1, updated: 1, rejected: [] });
    expect(await db().$queryRaw`SELECT id, campaign_id, amount::text, note, version FROM spend ORDER BY id`).toEqual([
      { id: "s1", campaign_id: "c2", amount: "200.50", note: "first", version: 2 },
      { id: "s2", campaign_id: "c1", amount: "7.00", note: null, version: 1 },
    ]);

    const traffic = file("date,channel,landing_page,sessions", "2026-03-01,email,/a,1");
    await load("traffic", traffic);
    expect(await load("traffic", file("landing_page,date,channel,sessions", "/a,2026-03-01,email,5", "/b,2026-03-01,email,2"))).toMatchObject({
      inserted: 1,
      updated: 1,
    });
    expect(await db().$queryRaw`SELECT landing_page, sessions FROM traffic ORDER BY landing_page`).toEqual([
      { landing_page: "/a", sessions: 5 },
      { landing_page: "/b", sessions: 2 },
    ]);
  });
});

describe("all or nothing", () => {
  const header = "id,created_at,source,email";
  const bigFile = (badLine: number) => {
    const lines = [header];
    for (let line = 2; line <= 20_001; line++) {
      lines.push(line === badLine ? `N${line},03/02/2026,marketing,x@example.com` : `N${line},2026-03-02T14:05:00Z,marketing,n${line}@example.com`);
    }
    return file(...lines);
  };

  test("one bad row near the end of 20,000 leaves the table unchanged and names its line and column", async () => {
    await load("leads", file(header, "OLD,2026-01-01T00:00:00Z,sales,old@example.com"));
    const result = await load("leads", bigFile(19_990));
    expect(result).toEqual({
      table: "leads",
      inserted: 0,
      updated: 0,
      rejectedRows: 1,
      rejected: [{ line: 19_990, column: "created_at", message: '"created_at" must be an ISO 8601 timestamp like 2026-03-02T14:05:00Z, got "03/02/2026"' }],
    });
    expect(await rows("leads")).toHaveLength(1);
    expect(await db().auditLog.count()).toBe(1);
  });

  test("skip-invalid writes the other rows and reports the bad one", async () => {
    const result = await load("leads", bigFile(19_990), "skip-invalid");
    expect(result).toMatchObject({ inserted: 19_999, updated: 0, rejectedRows: 1, rejected: [{ line: 19_990, column: "created_at" }] });
    expect(await count("leads")).toBe(19_999);
    expect(await db().auditLog.findFirst({ orderBy: { id: "desc" }, select: { after: true } })).toEqual({
      after: { inserted: 19_999, updated: 0, rejected: 1 },
    });
  });
});

describe("validation", () => {
  test("each bad cell is named with its line, column and what was expected", async () => {
    await loadBase();
    const spend = await load(
      "spend",
      file(
        "id,campaign_id,period_start,period_end,amount,entered_at",
        "s1,c1,2026-03-01,2026-02-28,10,",
        "s2,c1,2026-02-30,2026-03-01,10,",
        "s3,c1,2026-03-01,2026-03-02,-5,",
        's4,c1,2026-03-01,2026-03-02,"1.234,50",',
        "s5,c1,2026-03-01,2026-03-02,1.005,",
        "s6,c1,01.03.2026,2026-03-02,1,",
        "s7,c1,2026-03-01,2026-03-02,1,2026-13-01T00:00:00Z",
        "s8,,2026-03-01,2026-03-02,1,",
        "s9,c1,2026-03-01,2026-03-02,1",
        "s10,c1,2026-03-01,2026-03-02,1,",
      ),
    );
    expect(spend.inserted).toBe(0);
    expect(spend.rejectedRows).toBe(9);
    expect(spend.rejected).toEqual([
      { line: 2, column: "period_end", message: '"period_end" may not be before "period_start" (2026-03-01), got "2026-02-28"' },
      { line: 3, column: "period_start", message: '"period_start" must be a real calendar date, got "2026-02-30"' },
      { line: 4, column: "amount", message: '"amount" must be at least 0, got "-5"' },
      { line: 5, column: "amount", message: '"amount" must be a number with a dot as decimal separator, like 1234.50, got "1.234,50"' },
      { line: 6, column: "amount", message: '"amount" may have at most 2 decimal places, got "1.005"' },
      { line: 7, column: "period_start", message: '"period_start" must be a date like 2026-03-02 (YYYY-MM-DD), got "01.03.2026"' },
      { line: 8, column: "entered_at", message: '"entered_at" must be an ISO 8601 timestamp like 2026-03-02T14:05:00Z, got "2026-13-01T00:00:00Z"' },
      { line: 9, column: "campaign_id", message: '"campaign_id" is required and may not be empty' },
      { line: 10, column: null, message: "the line has 5 cells but the header names 6 columns" },
    ]);

    const leads = await load(
      "leads",
      file("id,created_at,source,channel,score", "X1,2026-03-02T14:05:00Z,web,,", "X2,2026-03-02T14:05:00Z,marketing,tv,4.5", "X3,,marketing,,"),
    );
    expect(leads.rejected).toEqual([
      { line: 2, column: "source", message: '"source" must be one of marketing, sales, partner, got "web"' },
      {
        line: 3,
        column: "channel",
        message: '"channel" must be one of paid_search, paid_social, organic_search, email, events, content, referral, partner, outbound, other, got "tv"',
      },
      { line: 3, column: "score", message: '"score" must be a whole number, got "4.5"' },
      { line: 4, column: "created_at", message: '"created_at" is required and may not be empty' },
    ]);
    expect(await count("spend")).toBe(0);
  });

  test("a line number is where the record starts, after a cell spanning lines", async () => {
    const result = await load("teams", file("id,name,kind", 't1,"Two', 'lines",sales', "", "t2,Beta,nobody"));
    expect(result.rejected).toEqual([{ line: 5, column: "kind", message: '"kind" must be one of sales, marketing, got "nobody"' }]);
  });

  test("an unknown reference is rejected with its line", async () => {
    await loadBase();
    const result = await load(
      "handoffs",
      file("id,lead_id,team_id,sent_at", "h1,L1,t1,2026-03-03T10:00:00Z", "h2,nope,t1,2026-03-03T10:00:00Z", "h3,L2,t9,2026-03-03T10:00:00Z"),
    );
    expect(result).toMatchObject({ inserted: 0, rejectedRows: 2 });
    expect(result.rejected).toEqual([
      { line: 3, column: "lead_id", message: 'no lead with id "nope"' },
      { line: 4, column: "team_id", message: 'no team with id "t9"' },
    ]);
    expect(
      await load("handoffs", file("id,lead_id,team_id,sent_at", "h1,L1,t1,2026-03-03T10:00:00Z", "h2,nope,t1,2026-03-03T10:00:00Z"), "skip-invalid"),
    ).toMatchObject({ inserted: 1, rejectedRows: 1 });
  });

  test("a key repeated in the file rejects the later line and names the earlier one", async () => {
    const result = await load("teams", file("id,name,kind", "t1,Alpha,sales", "t2,Beta,sales", "t1,Again,sales"), "skip-invalid");
    expect(result).toMatchObject({ inserted: 2, rejectedRows: 1 });
    expect(result.rejected).toEqual([{ line: 4, column: "id", message: 'id "t1" already appears on line 2; a record may appear only once per file' }]);
    expect(await rows("teams")).toEqual([
      { id: "t1", name: "Alpha", kind: "sales" },
      { id: "t2", name: "Beta", kind: "sales" },
    ]);

    const traffic = await load("traffic", file("date,channel,landing_page", "2026-03-01,email,/a", "2026-03-01,email,/a"));
    expect(traffic.rejected).toEqual([
      {
        line: 3,
        column: "date",
        message: "date, channel, landing_page (2026-03-01, email, /a) already appears on line 2; a record may appear only once per file",
      },
    ]);
  });

  test("an unknown, duplicate or missing column rejects the whole file", async () => {
    const unknown = await rejectionOf(load("teams", file("id,name,kind,colour,size", "t1,A,sales,red,3")));
    expect(unknown.code).toBe("bad_request");
    expect(unknown.message).toBe(
      'The header (line 1) has unknown columns "colour", "size". A teams file has the columns id, name, kind; required: id, name, kind.',
    );
    expect(unknown.details).toEqual([
      { line: 1, column: "colour", message: 'unknown column "colour"' },
      { line: 1, column: "size", message: 'unknown column "size"' },
    ]);

    const missing = await rejectionOf(load("leads", file("id,source,email", "L1,sales,a@example.com")));
    expect(missing.message).toContain('missing required column "created_at"');
    expect(missing.details).toEqual([{ line: 1, column: "created_at", message: 'required column "created_at" is missing' }]);

    const duplicate = await rejectionOf(load("teams", file("id,name,kind,name", "t1,A,sales,B")));
    expect(duplicate.message).toContain('duplicate column "name"');
    expect(await count("teams")).toBe(0);
  });

  test("an empty file and malformed CSV answer 400", async () => {
    expect((await rejectionOf(load("teams", ""))).code).toBe("bad_request");
    const malformed = await rejectionOf(load("teams", file("id,name,kind", 't1,"Alpha,sales')));
    expect(malformed.code).toBe("bad_request");
    expect(malformed.message).toMatch(/^The file is not valid CSV: Quote Not Closed/);
  });
});

describe("round trips", () => {
  test("a formula-escaped cell loses exactly the apostrophe the export added", async () => {
    await load("teams", file("id,name,kind", "t1,'=SUM(A1),sales", "t2,'-5 days,sales", "t3,'quoted,sales", "t4,=raw,sales"));
    expect((await rows("teams")).map((r) => r.name)).toEqual(["=SUM(A1)", "-5 days", "'quoted", "=raw"]);
  });

  async function exported(table: TableName): Promise<string> {
    return new Response(exportCsv(table)).text();
  }

  test("export → import gives identical leads and spend", async () => {
    await loadBase();
    await load(
      "leads",
      file(
        "id,created_at,source,company,owner_id",
        'L3,2026-03-02T14:05:00.5Z,partner,"=HYPERLINK(""x"")",@owner',
        'L4,2026-03-02T23:59:59.999999Z,sales,"Line\nbreak, comma",+1',
      ),
    );
    await load(
      "spend",
      file(
        "id,campaign_id,period_start,period_end,amount,note,entered_by,entered_at",
        's1,c1,2026-03-01,2026-03-31,1234.56,"-10% ""promo""",ann,2026-03-02T14:05:00Z',
        "s2,c2,2026-02-28,2026-03-01,0,,,2026-03-02T14:05:00.000001Z",
      ),
    );
    for (const table of ["leads", "spend"] as const) {
      const before = await rows(table);
      const csv = await exported(table);
      await db().$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`);
      expect(await load(table, csv)).toMatchObject({ inserted: before.length, updated: 0, rejected: [] });
      expect(await rows(table)).toEqual(before);
    }
    expect(await exported("leads")).toContain(`L3,,"'=HYPERLINK(""x"")",2026-03-02T14:05:00.500000Z,partner,,,,,,,'@owner`);
  });
});

describe("size limit", () => {
  test("a file over maxBytes answers 413 and writes nothing, also when the limit is hit mid-file", async () => {
    const lines = ["id,name,kind\n", ...Array.from({ length: 2000 }, (_, i) => `t${i},Team ${i},sales\n`)];
    const early = await rejectionOf(load("teams", lines.join(""), "skip-invalid", 100));
    expect(early.code).toBe("payload_too_large");
    expect(early.status).toBe(413);
    const late = await rejectionOf(load("teams", lines, "skip-invalid", 20_000));
    expect(late.code).toBe("payload_too_large");
    expect(await count("teams")).toBe(0);
  });
});

describe("POST /api/v1/import/{table}", () => {
  const post = (table: string, body: string, token: string, query = "") =>
    call<Answer["body"]>("POST", `/api/v1/import/${table}${query}`, { token, raw: { body, type: "text/csv" } });

  test("answers 200, and 422 with the import report beside the error envelope", async () => {
    const { token } = await seedUser("admin");
    const first = await post("teams", TEAMS, token);
    expect([first.status, first.body]).toEqual([200, { table: "teams", inserted: 2, updated: 0, rejected: [], rejectedRows: 0 }]);

    const bad = await post("teams", file("id,name,kind", "t3,Gamma,nobody"), token);
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      table: "teams",
      inserted: 0,
      updated: 0,
      rejected: [{ line: 2, column: "kind" }],
      error: { code: "unprocessable", message: expect.stringMatching(/^1 row was rejected/) },
    });
    // The 422 is answered outside route()'s response check: its contract is checked here.
    expect(importRefusal.safeParse(bad.body).success).toBe(true);
    expect((await post("teams", file("id,name,kind", "t3,Gamma,nobody"), token, "?mode=skip-invalid")).status).toBe(200);
  });

  test.each([
    ["a table the role may not import", "sales", "leads", LEADS, "", 403, "forbidden"],
    ["an unknown table", "admin", "widgets", "", "", 404, "not_found"],
    ["an unknown table, for any signed-in role", "sales", "widgets", "", "", 404, "not_found"],
    ["an unknown mode", "admin", "teams", TEAMS, "?mode=some", 400, "bad_request"],
    ["a file that is not CSV", "admin", "teams", TEAMS, "", 400, "bad_request"],
  ] as const)("%s answers %s", async (what, role, table, body, query, status, code) => {
    const { token } = await seedUser(role);
    const answer =
      what === "a file that is not CSV"
        ? await call<Answer["body"]>("POST", `/api/v1/import/${table}`, { token, raw: { body, type: "application/json" } })
        : await post(table, body, token, query);
    expect(answer).toMatchObject({ status, body: { error: { code } } });
  });

  test("an unknown table without a signed-in user answers 401 before naming the table", async () => {
    expect(await call("POST", "/api/v1/import/widgets", { token: null, raw: { body: "", type: "text/csv" } })).toMatchObject({ status: 401 });
  });

  test("a bad header answers 400 with each problem", async () => {
    const { token } = await seedUser("admin");
    expect(await post("teams", file("id,name,kind,colour"), token)).toMatchObject({
      status: 400,
      body: { error: { details: [{ line: 1, column: "colour" }] } },
    });
  });
});

describe("GET /api/v1/export/{table}", () => {
  test("answers the table as CSV, by its name or its file name", async () => {
    await load("teams", TEAMS);
    const { token } = await seedUser("sales");
    for (const name of ["teams", "teams.csv"]) {
      const answer = await call("GET", `/api/v1/export/${name}`, { token });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(answer.headers.get("content-disposition")).toBe('attachment; filename="teams.csv"');
      expect(answer.text).toBe(TEAMS);
    }
    expect(await call("GET", "/api/v1/export/widgets.csv", { token })).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call("GET", "/api/v1/export/teams", { token: null })).status).toBe(401);
  });
});
