import { db } from "@/lib/db/client";

const TABLES = ["audit_log", "targets", "api_tokens", "users", "customers", "opportunities", "handoffs", "leads", "spend", "traffic", "campaigns", "teams", "settings"];

/** Empties every table of the worker's database; tests call it in afterEach. */
export async function resetDatabase() {
  await db().$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
}
