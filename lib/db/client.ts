import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { markUnavailable } from "@/lib/db-unavailable";

export { Prisma } from "@prisma/client";

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * The longest a statement of a request may run (docs/api.md "Limits"): `TANDEM_STATEMENT_TIMEOUT_MS`,
 * 0 for none. Imports, migrations and the demo data use connections of their own, without it.
 */
export function statementTimeoutMs(): number {
  const configured = Number(process.env.TANDEM_STATEMENT_TIMEOUT_MS);
  return process.env.TANDEM_STATEMENT_TIMEOUT_MS !== undefined && Number.isSafeInteger(configured) && configured >= 0
    ? configured
    : DEFAULT_STATEMENT_TIMEOUT_MS;
}

function createClient(url: string, statementTimeout: number): PrismaClient {
  // Sent as a startup parameter of each pooled connection, so it costs no round trip and no query can skip it.
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, statement_timeout: statementTimeout || undefined }) });
  // A page whose server component fails because the database is away shows "retrying" (app/error.tsx).
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markUnavailable(error);
        }
      },
    },
  }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { tandemPrisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export function db(): PrismaClient {
  if (!globalForPrisma.tandemPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start Tandem with `npm run dev` or `npm start`.");
    globalForPrisma.tandemPrisma = createClient(url, statementTimeoutMs());
  }
  return globalForPrisma.tandemPrisma;
}

/** A client for a specific database, for scripts and tests; the caller disconnects it. */
export function connect(url: string, options: { statementTimeoutMs?: number } = {}): PrismaClient {
  return createClient(url, options.statementTimeoutMs ?? statementTimeoutMs());
}
