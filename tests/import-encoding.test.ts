import { Readable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import type { ImportEncoding, ImportMode } from "@/features/imports/contract";
import { DEFAULT_MAX_BYTES, importCsv } from "@/features/imports/server/importer";
import { call, resetDatabase, seedUser, type Answer } from "./harness";

afterEach(resetDatabase);

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

/** `Café` as Excel saves it in Western Europe: Windows-1252, é = 0xE9. */
const CAFE_1252 = bytes("id,name,kind\nt1,Caf", [0xe9], ",sales\nt2,", [0x80], " ", [0x9c], "uvre,sales\n");

/** The file cut into chunks of `size` bytes, as a slow upload delivers it. */
function chunks(file: Buffer, size: number): Buffer[] {
  return Array.from({ length: Math.ceil(file.length / size) }, (_, i) => file.subarray(i * size, (i + 1) * size));
}

function load(file: Buffer | Buffer[], options: { encoding?: ImportEncoding; mode?: ImportMode } = {}) {
  return importCsv("teams", Readable.from(Array.isArray(file) ? file : [file]), {
    mode: options.mode ?? "all-or-nothing",
    maxBytes: DEFAULT_MAX_BYTES,
    ...options,
  });
}

async function names(): Promise<string[]> {
  const teams = await db().team.findMany({ orderBy: { id: "asc" }, select: { name: true } });
  return teams.map((t) => t.name);
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("a file that is not valid UTF-8", () => {
  test.each([
    ["a Windows-1252 é", CAFE_1252, 2, 7, "0xE9"],
    ["an invalid byte on the header line", bytes("id,na", [0xff], "me,kind\n"), 1, 6, "0xFF"],
    ["a lone continuation byte after emoji and a CRLF", bytes("id,name,kind\r\nt1,🎉🎉", [0x80], ",sales\r\n"), 2, 6, "0x80"],
    ["an overlong encoding of /", bytes("id,name,kind\nt1,a", [0xc0, 0xaf], ",sales\n"), 2, 5, "0xC0"],
    ["an encoded surrogate", bytes("id,name,kind\nt1,", [0xed, 0xa0, 0x80], ",sales\n"), 2, 4, "0xED"],
    ["old Mac line breaks (CR only)", bytes("id,name,kind\rt1,ok,sales\rt2,", [0xe9], ",sales\r"), 3, 4, "0xE9"],
    ["a character the file never finishes", bytes("id,name,kind\nt1,Caf", [0xe2, 0x82]), 2, 7, "0xE2"],
    ["after a byte order mark, on line 1", bytes("\uFEFFid,", [0xe9]), 1, 4, "0xE9"],
  ])("%s is refused with its line and column, whole or a byte at a time", async (_, file, line, column, byte) => {
    for (const delivered of [file, chunks(file, 1), chunks(file, 2)]) {
      const error = await refusal(load(delivered));
      expect([error.status, error.code]).toEqual([400, "bad_request"]);
      expect(error.message).toContain(`The file is not valid UTF-8: line ${line}, column ${column} has the byte ${byte}.`);
      expect(error.message).toContain("?encoding=windows-1252");
      expect(error.details).toEqual([{ line, column: null, message: `the byte ${byte} at column ${column} is not valid UTF-8` }]);
    }
  });

  test("is refused before anything is written, also when skipping invalid rows and the bad byte comes late", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `t${i},Team ${i},sales\n`).join("");
    const file = bytes("id,name,kind\n", rows, "t9999,Caf", [0xe9], ",sales\n");
    const error = await refusal(load(chunks(file, 4096), { mode: "skip-invalid" }));
    expect(error.message).toContain("line 3002, column 10 has the byte 0xE9");
    expect(await db().team.count()).toBe(0);
  });
});

describe("encodings", () => {
  test.each(["windows-1252", "latin1", "iso-8859-1"] as const)("?encoding=%s imports a Windows-1252 export correctly", async (encoding) => {
    expect(await load(chunks(CAFE_1252, 3), { encoding })).toMatchObject({ inserted: 2, rejectedRows: 0 });
    expect(await names()).toEqual(["Café", "€ œuvre"]);
  });

  test("UTF-8 characters cut between chunks, and a byte order mark, decode whole", async () => {
    const file = bytes("\uFEFFid,name,kind\nt1,Café 🎉 € 中文,sales\n");
    for (const size of [1, 2, 3, 5]) {
      await load(chunks(file, size));
      expect(await names()).toEqual(["Café 🎉 € 中文"]);
    }
  });
});

describe("POST /api/v1/import/{table}?encoding=…", () => {
  const post = (query: string, token: string, body: Buffer = CAFE_1252) =>
    call<Answer["body"]>("POST", `/api/v1/import/teams${query}`, { token, raw: { body: new Uint8Array(body), type: "text/csv" } });

  test("refuses Windows-1252 by default with the envelope, and imports it with the encoding named, also in a dry run", async () => {
    const { token } = await seedUser("admin");
    const refused = await post("", token);
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { code: "bad_request", details: [{ line: 2, column: null, message: "the byte 0xE9 at column 7 is not valid UTF-8" }] } },
    });
    expect(refused.body.error.message).toMatch(/^The file is not valid UTF-8: line 2, column 7 has the byte 0xE9\./);

    expect(await post("?encoding=windows-1252&dryRun=true", token)).toMatchObject({ status: 200, body: { inserted: 2, dryRun: true } });
    expect(await names()).toEqual([]);
    expect(await post("?encoding=windows-1252", token)).toMatchObject({ status: 200, body: { inserted: 2, rejectedRows: 0 } });
    expect(await names()).toEqual(["Café", "€ œuvre"]);
  });

  test("an unknown encoding is a 400 naming encoding", async () => {
    const { token } = await seedUser("admin");
    const answer = await post("?encoding=ebcdic", token);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/^Invalid encoding/);
  });
});
