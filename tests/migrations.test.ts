import { execFileSync } from "node:child_process";
import pg from "pg";
import { expect, inject, test } from "vitest";

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, numeric_precision, numeric_scale
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`);
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const constraints = await client.query(`SELECT conrelid::regclass::text AS table, conname, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`);
    const enums = await client.query(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`);
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, enums: enums.rows };
  } finally {
    await client.end();
  }
}

/**
 * prisma/migrations (as applied to the template database by the app's runner) must build the
 * same database as prisma/schema.prisma: a schema change without its migration fails here.
 */
test("the migrations and the schema agree", async () => {
  const template = inject("templateUrl");
  const fromSchema = new URL(template);
  fromSchema.pathname = "/tandem_schema_check";
  const admin = new pg.Client({ connectionString: template.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS tandem_schema_check WITH (FORCE)");
  await admin.query("CREATE DATABASE tandem_schema_check");
  try {
    const script = execFileSync(
      process.execPath,
      ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      {
        env: { ...process.env, DATABASE_URL: fromSchema.toString(), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const client = new pg.Client({ connectionString: fromSchema.toString() });
    await client.connect();
    await client.query(script);
    await client.end();
    expect(await catalog(template)).toEqual(await catalog(fromSchema.toString()));
  } finally {
    await admin.query("DROP DATABASE IF EXISTS tandem_schema_check WITH (FORCE)");
    await admin.end();
  }
});
