import { Readable } from "node:stream";
import { afterEach, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db/client";
import { exportCsv } from "@/features/imports/server/export";
import { DEFAULT_MAX_BYTES, importCsv } from "@/features/imports/server/importer";
import { resetDatabase } from "./harness";

afterEach(resetDatabase);

/** Team names a spreadsheet would run, or that look like an escape, beside ordinary ones. */
const NAMES = [
  '=HYPERLINK("http://evil.example")',
  " =1+1",
  "\u00a0@SUM(A1)",
  "\t=cmd|' /C calc'!A0",
  "\rsecond line",
  "\u001bescape",
  "\u0085next line",
  "-5 days",
  "+33 1 23 45 67 89",
  "'=already quoted",
  "''@twice",
  "'quoted",
  "  Acme",
  "Acme Corp",
];

const RUNNABLE = /^(?:\s*[=+\-@]|[\x00-\x1f\x7f-\x9f])/;

test("no exported cell starts like a formula, and the export imports back unchanged", async () => {
  await db().team.createMany({ data: NAMES.map((name, i) => ({ id: i === 0 ? "=id" : `t${String(i).padStart(2, "0")}`, name, kind: "sales" })) });
  const before = await db().team.findMany({ orderBy: { id: "asc" } });

  const csv = await new Response(exportCsv("teams")).text();
  const cells = (parse(csv, { from_line: 2 }) as string[][]).flat();
  expect(cells.filter((cell) => RUNNABLE.test(cell))).toEqual([]);
  expect(cells).toContain("''=already quoted");
  expect(cells).toContain("'=id");
  expect(cells).toContain("'quoted");

  await db().team.deleteMany();
  expect(await importCsv("teams", Readable.from([csv]), { mode: "all-or-nothing", maxBytes: DEFAULT_MAX_BYTES })).toMatchObject({
    inserted: NAMES.length,
    rejectedRows: 0,
  });
  expect(await db().team.findMany({ orderBy: { id: "asc" } })).toEqual(before);
});
