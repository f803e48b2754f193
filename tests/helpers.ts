import { db } from "@/lib/db/client";

const TABLES = [
  "audit_log",
  "targets",
  "api_tokens",
  "users",
  "customers",
  "opportunities",
  "handoffs",
  "leads",
  "spend",
  "traffic",
  "campaigns",
  "teams",
  "settings",
  "sign_in_limits",
  "signed_out_sessions",
];

/** Empties every table of the worker's database; tests call it in afterEach. */
export async function resetDatabase() {
  await db().$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
}

/** The item at index `i`; fails the test with a clear message when there is none. */
export function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`expected an item at index ${i}, got ${items.length} items`);
  return item;
}
