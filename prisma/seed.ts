/**
 * Demo data into the database of DATABASE_URL (or the embedded one):
 *   npm run seed -- --leads 50000 --months 18 --seed 7 [--end 2026-11-23] [--reset]
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { prepareDatabase, createDemoUsers } from "@/lib/db/prepare";
import { generateDemoData } from "@/prisma/demo/generate";

const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "20000" },
    months: { type: "string", default: "18" },
    seed: { type: "string", default: "42" },
    end: { type: "string" },
    reset: { type: "boolean", default: false },
  },
});

async function main() {
  const leads = Number(values.leads);
  const months = Number(values.months);
  const seed = Number(values.seed);
  const end = values.end ? new Date(`${values.end}T00:00:00Z`) : new Date();
  if (!Number.isInteger(leads) || leads < 0) throw new Error(`--leads must be a whole number, got "${values.leads}"`);
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new Error(`--months must be between 1 and 120, got "${values.months}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
  if (Number.isNaN(end.getTime())) throw new Error(`--end must be a date YYYY-MM-DD, got "${values.end}"`);

  const database = await prepareDatabase({ demo: false });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    if (values.reset) {
      await client.query("TRUNCATE customers, opportunities, handoffs, leads, spend, traffic, targets, campaigns, audit_log CASCADE");
      await client.query("UPDATE users SET team_id = NULL");
      await client.query("DELETE FROM teams");
    } else {
      const { rows } = await client.query("SELECT EXISTS (SELECT 1 FROM leads) OR EXISTS (SELECT 1 FROM teams) AS has");
      if (rows[0].has) throw new Error("The database already has data; add --reset to replace it with demo data.");
    }
    const started = Date.now();
    const summary = await generateDemoData(client, { leads, months, seed, end });
    await createDemoUsers(client);
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary);
  } finally {
    await client.end();
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`Seed failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
