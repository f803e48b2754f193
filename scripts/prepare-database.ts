/**
 * The Docker image's first step before `node server.js` (see Dockerfile): what `npm start` does
 * before it starts Next.js, on the DATABASE_URL database. Applies the pending migrations, creates
 * the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and, with TANDEM_DEMO=1 on an empty database,
 * loads the demo data. The image runs it bundled into one file, as the standalone server has no tsx.
 */
import { DEMO_PASSWORD, prepareDatabase } from "@/lib/db/prepare";

async function main() {
  if (!process.env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: the container needs a PostgreSQL (docker-compose.yml starts one).");
  }
  const database = await prepareDatabase({
    demo: process.env.TANDEM_DEMO === "1",
    demoLeads: process.env.TANDEM_DEMO_LEADS ? Number(process.env.TANDEM_DEMO_LEADS) : undefined,
  });
  console.log(database.migrations.length ? `Tandem: applied migrations ${database.migrations.join(", ")}` : "Tandem: the database is up to date");
  if (database.admin) console.log(`Tandem: created the first admin ${database.admin}`);
  if (database.demo)
    console.log(`Tandem: loaded demo data (${database.demo.leads} leads); demo users ${database.demoUsers.join(", ")}, password ${DEMO_PASSWORD}`);
}

main().catch((error) => {
  console.error(`Tandem could not prepare the database: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
