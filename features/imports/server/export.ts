import "server-only";
import { Prisma } from "@prisma/client";
import { stringify } from "csv-stringify";
import { notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { isTable, pgType, TABLE_NAMES, TABLES, type TableName } from "@/features/imports/tables";
import { escapeFormula } from "./formula";

const sql = Prisma.sql;
const BATCH = 5000;

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
  const fields = Object.entries(definition.fields);
  const columns = fields.map(([column]) => column);
  const textColumns = new Set(fields.filter(([, field]) => pgType(field) === "text").map(([column]) => column));
  const key = definition.key.map((k) => Prisma.raw(`"${k}"`));
  const select = Prisma.join(fields.map(([c, field]) => sql`${asText(c, pgType(field))} AS ${Prisma.raw(`"${c}"`)}`));
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

/** GET /api/v1/export/{table}: the download of one table; `leads.csv` names the leads table too. */
export function exportResponse(param: string): Response {
  const name = param.replace(/\.csv$/, "");
  if (!isTable(name)) throw notFound(`No table "${name}"; export one of ${TABLE_NAMES.join(", ")}.`);
  return new Response(exportCsv(name), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
  });
}
