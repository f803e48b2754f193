import pg from "pg";
import { afterAll, inject } from "vitest";

// Each worker gets its own database, cloned from the migrated template, so test files never
// see each other's rows. lib/db/client reads DATABASE_URL lazily, after this runs.
const template = new URL(inject("templateUrl"));
const name = `tandem_test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
const admin = new pg.Client({ connectionString: template.toString().replace(/\/[^/]*$/, "/postgres") });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${name} TEMPLATE tandem_template`);
await admin.end();
const url = new URL(template);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
});
