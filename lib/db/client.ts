import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export { Prisma } from "@prisma/client";

function createClient(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { tandemPrisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export function db(): PrismaClient {
  if (!globalForPrisma.tandemPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start Tandem with `npm run dev` or `npm start`.");
    globalForPrisma.tandemPrisma = createClient(url);
  }
  return globalForPrisma.tandemPrisma;
}

/** A client for a specific database, for scripts and tests; the caller disconnects it. */
export function connect(url: string): PrismaClient {
  return createClient(url);
}
