import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | Date | null | undefined;

function encode(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** One line of PostgreSQL's COPY text format. */
export function copyLine(values: CopyValue[]): string {
  return values.map(encode).join("\t") + "\n";
}

/**
 * Streams rows into `table` with COPY FROM STDIN: the bulk path for demo data and imports.
 * `rows` may be any (async) iterable, so a million rows never sit in memory at once.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: string[],
  rows: Iterable<CopyValue[]> | AsyncIterable<CopyValue[]>,
): Promise<void> {
  const quoted = columns.map((column) => `"${column}"`).join(", ");
  const target = client.query(copyFrom(`COPY ${table} (${quoted}) FROM STDIN`));
  async function* lines() {
    let batch = "";
    for await (const row of rows) {
      batch += copyLine(row);
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(lines()), target);
}
