import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { markUnavailable } from "@/lib/db-unavailable";

export { Prisma } from "@prisma/client";

function createClient(url: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
    globalForPrisma.tandemPrisma = createClient(url);
  }
  return globalForPrisma.tandemPrisma;
}

/** A client for a specific database, for scripts and tests; the caller disconnects it. */
export function connect(url: string): PrismaClient {
  return createClient(url);
}
