import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import pg from "pg";
import { ApiError, tooManyRequests } from "@/lib/api/errors";

export const DEFAULT_IMPORT_CONCURRENCY = 4;
export const DEFAULT_IMPORT_IDLE_MS = 30_000;

/** What a client over the cap is told to wait, in seconds: imports take seconds to minutes. */
const RETRY_AFTER_SECONDS = 10;

/** Marks the import connections in pg_stat_activity. */
export const IMPORT_APPLICATION_NAME = "tandem import";

function positive(name: string, fallback: number): number {
  const configured = Number(process.env[name]);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : fallback;
}

/** docs/api.md "Limits": how many imports may run at once, `TANDEM_IMPORT_CONCURRENCY`, read once per process. */
export const importConcurrency = () => positive("TANDEM_IMPORT_CONCURRENCY", DEFAULT_IMPORT_CONCURRENCY);

/** How long an upload may send nothing before the import is stopped, `TANDEM_IMPORT_IDLE_MS`. */
export const importIdleMs = () => positive("TANDEM_IMPORT_IDLE_MS", DEFAULT_IMPORT_IDLE_MS);

type ImportSlots = { limit: number; running: number; pools: Map<string, pg.Pool> };

// Kept on globalThis like the Prisma client, so a hot reload does not forget running imports.
const globalForImports = globalThis as unknown as { tandemImports?: ImportSlots };

function slots(): ImportSlots {
  globalForImports.tandemImports ??= { limit: importConcurrency(), running: 0, pools: new Map() };
  return globalForImports.tandemImports;
}

/**
 * Takes one of the import slots, or refuses with 429 at once: a crowd of uploads must not queue
 * for (or hold) every connection of the database. The returned function gives the slot back.
 */
export function claimImportSlot(): () => void {
  const state = slots();
  if (state.running >= state.limit) {
    throw tooManyRequests(`${state.limit} imports are already running (TANDEM_IMPORT_CONCURRENCY); try again in a few seconds.`, RETRY_AFTER_SECONDS);
  }
  state.running += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.running -= 1;
  };
}

/**
 * A connection for one import, from a pool as large as the number of slots, so a holder of a slot
 * never waits for one. Release it with `release(true)` after a failure: a connection left
 * mid-COPY or in a failed transaction is closed (rolling it back) rather than reused.
 */
export async function importConnection(url = process.env.DATABASE_URL): Promise<pg.PoolClient> {
  if (!url) throw new Error("DATABASE_URL is not set");
  const state = slots();
  let pool = state.pools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: state.limit,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      application_name: IMPORT_APPLICATION_NAME,
    });
    // A dropped idle connection must not crash the process; the next import gets a fresh one.
    pool.on("error", () => undefined);
    state.pools.set(url, pool);
  }
  const client = await pool.connect();
  // A dropped connection also rejects the pending query; without a listener it would crash the
  // process. Added once per pooled client, not on every checkout.
  if (client.listenerCount("error") === 0) client.on("error", () => undefined);
  return client;
}

/**
 * The upload as a stream that fails with 408 when the client sends nothing for `idleMs`. The clock
 * runs only while the import waits for bytes, so a slow database (backpressure) never trips it.
 */
export function stopWhenIdle(body: ReadableStream<Uint8Array> | NodeJS.ReadableStream, idleMs: number): Readable {
  const source: Readable =
    body instanceof Readable
      ? body
      : "getReader" in body
        ? Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>)
        : Readable.from(body as AsyncIterable<Uint8Array>);
  const chunks = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const stalled = () =>
    new ApiError(
      "request_timeout",
      `The upload sent nothing for ${idleMs / 1000} seconds (TANDEM_IMPORT_IDLE_MS); the import was stopped and nothing was written.`,
    );
  return new Readable({
    async read() {
      timer = setTimeout(() => this.destroy(stalled()), idleMs);
      try {
        const next = await chunks.next();
        if (!this.destroyed) this.push(next.done ? null : next.value);
      } catch (error) {
        this.destroy(error as Error);
      } finally {
        clearTimeout(timer);
      }
    },
    destroy(error, callback) {
      clearTimeout(timer);
      source.destroy();
      callback(error);
    },
  });
}
