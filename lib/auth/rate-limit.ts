import crypto from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { tooManyRequests } from "@/lib/api/errors";
import { waitInWords } from "./sign-in-error";

/**
 * Failed sign-ins (the browser's and POST /api/v1/session) are counted per account and per client
 * address in PostgreSQL (the sign_in_limits table of the migrations), so every instance of the app
 * shares the counts. Docs: docs/api.md "Authentication".
 */
export const SIGN_IN_LIMITS = { perAccount: 10, perAddress: 50, windowSeconds: 15 * 60 } as const;

const TABLE = "sign_in_limits";

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres };

// One small pool per database URL (tests switch URLs), kept across hot reloads like the Prisma client.
const globalForLimits = globalThis as unknown as { tandemSignInLimits?: Map<string, Limiters> };

function limiters(): Limiters {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start Tandem with `npm run dev` or `npm start`.");
  const all = (globalForLimits.tandemSignInLimits ??= new Map());
  let found = all.get(url);
  if (!found) {
    const pool = new pg.Pool({ connectionString: url, max: 3, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection dropped by a database restart must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    const options = { storeClient: pool, storeType: "pool", tableName: TABLE, tableCreated: true, duration: SIGN_IN_LIMITS.windowSeconds };
    found = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: "account", points: SIGN_IN_LIMITS.perAccount }),
      address: new RateLimiterPostgres({ ...options, keyPrefix: "address", points: SIGN_IN_LIMITS.perAddress }),
    };
    all.set(url, found);
  }
  return found;
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : undefined;
}

/**
 * The client address a sign-in is counted under. Route handlers do not see the socket, so the
 * address comes from X-Forwarded-For, and only when TANDEM_TRUST_PROXY names how many proxies of
 * ours stand in front (1: the last entry is the one our proxy added; entries before it are the
 * client's to invent). Without it every client shares one address bucket.
 */
export function clientAddress(headers: HeaderSource): string {
  const hops = Number(process.env.TANDEM_TRUST_PROXY ?? 0);
  if (!Number.isInteger(hops) || hops < 1) return "any";
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - hops] ?? entries[0] ?? "any";
}

/** Emails are hashed: the key stays short and the table holds no addresses of people. */
function accountKey(email: string): string {
  return crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/**
 * Runs one password check under the limits. Each attempt takes a point from the account and the
 * address first (atomic in PostgreSQL, so parallel guesses cannot slip past the count); past the
 * limit it is refused with 429 and Retry-After without checking. A success gives its points back
 * and clears the account's failures.
 */
export async function limitSignIn<T>(email: string, address: string, check: () => Promise<T | null>): Promise<T | null> {
  const { account, address: byAddress } = limiters();
  const key = accountKey(email);
  const taken = await Promise.allSettled([account.consume(key), byAddress.consume(address)]);
  const refused = taken.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  const storeError = refused.find((reason) => !(reason instanceof RateLimiterRes));
  if (storeError) throw storeError;
  if (refused.length) {
    const wait = Math.max(...refused.map((res) => (res as RateLimiterRes).msBeforeNext));
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    throw tooManyRequests(`Too many failed sign-ins; try again in ${waitInWords(seconds)}.`, seconds);
  }
  const user = await check();
  if (user) await Promise.all([account.delete(key), byAddress.reward(address, 1)]);
  return user;
}
