import { Readable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import type { ImportMode } from "@/features/imports/contract";
import { DEFAULT_MAX_BYTES, importCsv, type ColumnMap } from "@/features/imports/server/importer";
import type { TableName } from "@/features/imports/tables";
import { call, resetDatabase, seedUser, type Answer } from "./harness";

afterEach(resetDatabase);

type Options = { mode?: ImportMode; dryRun?: boolean; map?: ColumnMap; ignoreUnmapped?: boolean; maxBytes?: number };

function load(table: TableName, text: string | string[], { mode = "all-or-nothing", maxBytes = DEFAULT_MAX_BYTES, ...rest }: Options = {}) {
  return importCsv(table, Readable.from(Array.isArray(text) ? text : [text]), { mode, maxBytes, ...rest });
}

const file = (...lines: string[]) => lines.join("\n") + "\n";

/** Every row of a table as JSON, to show that a dry run leaves it exactly as it was. */
async function snapshot(table: string): Promise<unknown[]> {
  const rows = await db().$queryRawUnsafe<{ r: unknown }[]>(`SELECT row_to_json(t)::jsonb AS r FROM "${table}" t ORDER BY 1`);
  return rows.map(({ r }) => r);
}

async function auditCount(): Promise<number> {
  const [{ n }] = await db().$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM audit_log`;
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

async function base() {
  await load("teams", file("id,name,kind", "t1,Alpha,sales"));
  await load("campaigns", file("id,name,channel,starts_on,ends_on", "c1,Search,paid_search,,"));
  await load("leads", file("id,created_at,source,campaign_id", "L1,2026-03-01T09:00:00Z,marketing,c1"));
}

// L1 exists (an update), L2 and L3 are new; line 4 has a bad date and line 5 an unknown campaign.
const MIXED = file(
  "id,created_at,source,campaign_id,email",
  "L1,2026-03-01T10:00:00Z,marketing,c1,one@example.com",
  "L2,2026-03-02T10:00:00Z,sales,,two@example.com",
  "L3,2026-02-30,marketing,c1,three@example.com",
  "L4,2026-03-04T10:00:00Z,partner,nope,four@example.com",
  "L5,2026-03-05T10:00:00Z,marketing,c1,",
);

describe("dry run", () => {
  test("writes nothing, not even the audit log, in either mode", async () => {
    await base();
    const [leads, audits] = [await snapshot("leads"), await auditCount()];
    for (const mode of ["all-or-nothing", "skip-invalid"] as const) {
      await load("leads", MIXED, { mode, dryRun: true });
      await load("leads", file("id,created_at,source", "L9,2026-03-01T09:00:00Z,sales"), { mode, dryRun: true });
    }
    expect(await snapshot("leads")).toEqual(leads);
    expect(await auditCount()).toBe(audits);
  });

  test("reports the same rejections as the real run, with the same messages, from the cells and from SQL", async () => {
    await base();
    const dry = await load("leads", MIXED, { dryRun: true });
    const real = await load("leads", MIXED);
    expect(dry.rejected).toEqual(real.rejected);
    expect(dry.rejectedRows).toBe(2);
    expect(dry.rejected).toEqual([
      { line: 4, column: "created_at", message: '"created_at" must be an ISO 8601 timestamp like 2026-03-02T14:05:00Z, got "2026-02-30"' },
      { line: 5, column: "campaign_id", message: 'no campaign with id "nope"' },
    ]);
    // All or nothing: the real run wrote nothing, and the dry run says so too.
    expect({ inserted: dry.inserted, updated: dry.updated }).toEqual({ inserted: 0, updated: 0 });
    expect(real).toMatchObject({ inserted: 0, updated: 0 });
  });

  test("its counts match the real run that follows, in both modes", async () => {
    await base();
    const dry = await load("leads", MIXED, { mode: "skip-invalid", dryRun: true });
    expect(dry).toMatchObject({ inserted: 2, updated: 1, rejectedRows: 2 });
    const real = await load("leads", MIXED, { mode: "skip-invalid" });
    expect(real).toEqual(dry);

    const clean = file("id,created_at,source", "L2,2026-03-02T10:00:00Z,sales", "L6,2026-03-06T10:00:00Z,sales");
    const dryClean = await load("leads", clean, { dryRun: true });
    expect(dryClean).toMatchObject({ inserted: 1, updated: 1, rejectedRows: 0 });
    expect(await load("leads", clean)).toEqual(dryClean);
  });

  test("header problems and size limits fail the same way as the real run", async () => {
    const header = await rejectionOf(load("teams", file("id,name,colour"), { dryRun: true }));
    expect(header.status).toBe(400);
    expect(header.details).toEqual([
      { line: 1, column: "colour", message: 'unknown column "colour"' },
      { line: 1, column: "kind", message: 'required column "kind" is missing' },
    ]);
    const big = await rejectionOf(load("teams", file("id,name,kind", "t1,A,sales"), { dryRun: true, maxBytes: 10 }));
    expect(big.status).toBe(413);
  });
});

// A HubSpot contacts export, as HubSpot names its columns.
const HUBSPOT = file(
  "Record ID,Email,Notes,Create Date,Lead Source,Campaign",
  "H1,a@example.com,call back,2026-03-01T09:00:00Z,marketing,c1",
  "H2,b@example.com,,2026-03-02T09:00:00Z,sales,",
);
const HUBSPOT_MAP: ColumnMap = {
  "Record ID": "id",
  Email: "email",
  Notes: null,
  "Create Date": "created_at",
  "Lead Source": "source",
  Campaign: "campaign_id",
};

describe("column map", () => {
  test("renames file columns to fields and drops the ignored ones, row by row", async () => {
    await base();
    expect(await load("leads", HUBSPOT, { map: HUBSPOT_MAP })).toEqual({ table: "leads", inserted: 2, updated: 0, rejected: [], rejectedRows: 0 });
    expect(await db().$queryRaw`SELECT id, email, source::text, campaign_id FROM leads WHERE id LIKE 'H%' ORDER BY id`).toEqual([
      { id: "H1", email: "a@example.com", source: "marketing", campaign_id: "c1" },
      { id: "H2", email: "b@example.com", source: "sales", campaign_id: null },
    ]);
  });

  test("columns the map leaves out keep their own name; rejections name the field", async () => {
    await base();
    const csv = file("Record ID,created_at,source,Junk", "H1,yesterday,sales,x", "H2,2026-03-02T09:00:00Z,sales,x,extra");
    const result = await load("leads", csv, { map: { "Record ID": "id", Junk: null }, dryRun: true });
    expect(result.rejected).toEqual([
      { line: 2, column: "created_at", message: '"created_at" must be an ISO 8601 timestamp like 2026-03-02T14:05:00Z, got "yesterday"' },
      // The cell count is checked against the file's own header, ignored columns included.
      { line: 3, column: null, message: "the line has 5 cells but the header names 4 columns" },
    ]);
  });

  test("ignoreUnmapped drops every column the map leaves out, so a wide export needs a short map", async () => {
    await base();
    const wide = file("Record ID,Create Date,Lead Source,Fax,Twitter Handle", "H1,2026-03-01T09:00:00Z,sales,123,@h1");
    const map = { "Record ID": "id", "Create Date": "created_at", "Lead Source": "source" };
    expect((await rejectionOf(load("leads", wide, { map }))).message).toContain('unknown columns "Fax", "Twitter Handle"');
    expect(await load("leads", wide, { map, ignoreUnmapped: true })).toMatchObject({ inserted: 1, rejectedRows: 0 });
  });

  test("a map naming an absent column or an unknown field, or leaving a required field out, is a 400", async () => {
    const absent = await rejectionOf(load("leads", HUBSPOT, { map: { ...HUBSPOT_MAP, Phone: "email" } }));
    expect(absent.details).toEqual([{ line: 1, column: "Phone", message: 'the map names column "Phone", which the header does not have' }]);
    const unknown = await rejectionOf(load("leads", HUBSPOT, { map: { ...HUBSPOT_MAP, Notes: "notes" } }));
    expect(unknown.message).toContain('sends column "Notes" to "notes", which is not a field of leads');
    const missing = await rejectionOf(load("leads", HUBSPOT, { map: { ...HUBSPOT_MAP, "Create Date": null } }));
    expect(missing.details).toEqual([{ line: 1, column: "created_at", message: 'required column "created_at" is missing' }]);
    const twice = await rejectionOf(load("leads", HUBSPOT, { map: { ...HUBSPOT_MAP, Notes: "email" } }));
    expect(twice.message).toContain('duplicate column "email"');
  });

  test("streams a large mapped file in chunks with flat results", async () => {
    await base();
    const rows = 20_000;
    async function* chunks() {
      yield "Record ID,Ignored,Create Date,Lead Source\n";
      for (let start = 0; start < rows; start += 1000) {
        yield Array.from({ length: 1000 }, (_, i) => `B${start + i},${"x".repeat(50)},2026-03-01T09:00:00Z,sales\n`).join("");
      }
    }
    const result = await importCsv("leads", Readable.from(chunks()), {
      mode: "all-or-nothing",
      maxBytes: DEFAULT_MAX_BYTES,
      map: { "Record ID": "id", Ignored: null, "Create Date": "created_at", "Lead Source": "source" },
    });
    expect(result).toMatchObject({ inserted: rows, rejectedRows: 0 });
  });
});

describe("POST /api/v1/import/{table}?dryRun=true&map=…", () => {
  async function post(table: string, body: string, token: string, query: Record<string, string> = {}) {
    const search = new URLSearchParams(query).toString();
    return call<Answer["body"]>("POST", `/api/v1/import/${table}${search ? `?${search}` : ""}`, { token, raw: { body, type: "text/csv" } });
  }

  test("a dry run answers 200 with dryRun: true even with rejections, and the real run 422 with the same list", async () => {
    await base();
    const { token } = await seedUser("marketing");
    const dry = await post("leads", MIXED, token, { dryRun: "true" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ table: "leads", inserted: 0, updated: 0, rejectedRows: 2, dryRun: true });
    const real = await post("leads", MIXED, token);
    expect(real.status).toBe(422);
    expect(real.body.rejected).toEqual(dry.body.rejected);
    expect(real.body.dryRun).toBeUndefined();
  });

  test("the map travels as JSON in the query string; a bad one is a 400 naming map", async () => {
    await base();
    const { token } = await seedUser("marketing");
    const dry = await post("leads", HUBSPOT, token, { dryRun: "true", map: JSON.stringify(HUBSPOT_MAP) });
    expect([dry.status, dry.body]).toEqual([200, { table: "leads", inserted: 2, updated: 0, rejected: [], rejectedRows: 0, dryRun: true }]);
    const real = await post("leads", HUBSPOT, token, { map: JSON.stringify(HUBSPOT_MAP) });
    expect([real.status, real.body]).toEqual([200, { table: "leads", inserted: 2, updated: 0, rejected: [], rejectedRows: 0 }]);

    const short = { "Record ID": "id", "Create Date": "created_at", "Lead Source": "source" };
    const ignored = await post("leads", HUBSPOT, token, { dryRun: "true", map: JSON.stringify(short), unmapped: "ignore" });
    expect(ignored.body).toMatchObject({ inserted: 0, updated: 2, rejectedRows: 0 }); // written by the real run above
  });

  test.each([
    ["a map that is not JSON", { map: "{not json" }, /^Invalid map/],
    ["a map that is a list", { map: '["id"]' }, /^Invalid map/],
    ["a map to a number", { map: '{"Email": 3}' }, /^Invalid map/],
    ["dryRun that is not true or false", { dryRun: "yes" }, /^Invalid dryRun/],
  ])("%s is a 400 naming it", async (_, query, message) => {
    const { token } = await seedUser("marketing");
    const bad = await post("leads", HUBSPOT, token, query);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(message);
  });

  test("a dry run needs the same permission as the import", async () => {
    const { token: sales } = await seedUser("sales");
    expect((await post("leads", HUBSPOT, sales, { dryRun: "true" })).status).toBe(403);
  });
});
