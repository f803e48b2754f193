import { Prisma } from "@prisma/client";
import { stringify } from "csv-stringify";
import { db } from "@/lib/db/client";
import { TABLES, type TableName } from "@/features/imports/tables";

const sql = Prisma.sql;
const BATCH = 5000;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The column as import-format text: ISO timestamps in UTC, plain dates and decimals. */
function asText(column: string, pgType: string): Prisma.Sql {
  const c = Prisma.raw(`"${column}"`);
  if (pgType === "timestamptz") {
    return sql`replace(to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '.000000', '') || 'Z'`;
  }
  return sql`${c}::text`;
}

/**
 * The table as CSV in the import format, streamed in keyset-paged batches so that a large table
 * never sits in memory.
 */
export function exportCsv(name: TableName): ReadableStream<Uint8Array> {
  const definition = TABLES[name];
  const columns = Object.keys(definition.fields);
  const textColumns = new Set(columns.filter((c) => definition.pgTypes[c] === "text"));
  const key = definition.key.map((k) => Prisma.raw(`"${k}"`));
  const select = Prisma.join(columns.map((c) => sql`${asText(c, definition.pgTypes[c])} AS ${Prisma.raw(`"${c}"`)}`));
  const keyTuple = sql`(${Prisma.join(key.map((k) => sql`${k}::text`))})`;
  const csv = stringify({ header: true, columns });

  (async () => {
    let after: string[] | null = null;
    for (;;) {
      const rows: Record<string, string | null>[] = await db().$queryRaw(sql`
        SELECT ${select}, ARRAY[${Prisma.join(key.map((k) => sql`${k}::text`))}] AS __key FROM ${Prisma.raw(`"${name}"`)}
        ${after ? sql`WHERE ${keyTuple} > (${Prisma.join(after)})` : Prisma.empty}
        ORDER BY ${Prisma.join(key.map((k) => sql`${k}::text`))} LIMIT ${BATCH}`);
      for (const row of rows) {
        csv.write(columns.map((c) => (row[c] === null ? "" : textColumns.has(c) ? escapeFormula(row[c]!) : row[c])));
      }
      if (rows.length < BATCH) break;
      after = (rows[rows.length - 1] as unknown as { __key: string[] }).__key;
    }
    csv.end();
  })().catch((error) => csv.destroy(error));

  return new ReadableStream({
    start(controller) {
      csv.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      csv.on("end", () => controller.close());
      csv.on("error", (error) => controller.error(error));
    },
  });
}
