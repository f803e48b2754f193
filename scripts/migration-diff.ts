/**
 * Writes the SQL of a new migration: the difference between the schema as of the last commit
 * (git HEAD) and prisma/schema.prisma now. `prisma migrate dev` needs Prisma's native engine,
 * which cannot be downloaded here; `migrate diff` runs on its WebAssembly engine.
 *
 *   npm run db:diff -- add_lead_owner    → prisma/migrations/<timestamp>_add_lead_owner/migration.sql
 *
 * The WebAssembly engine connects to a database even for a schema-to-schema diff, so a
 * throwaway embedded PostgreSQL is started for it. tests/migrations.test.ts then proves the
 * migrations and the schema agree.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase } from "@/lib/db/embedded";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Give the migration a name in snake_case: npm run db:diff -- add_lead_owner");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-diff-"));
  fs.chmodSync(dir, 0o755);
  const previous = path.join(dir, "previous.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "tandem_diff" });
  try {
    const script = execFileSync(
      process.execPath,
      [
        "node_modules/prisma/build/index.js",
        "migrate",
        "diff",
        "--from-schema-datamodel",
        previous,
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { env: { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8" },
    );
    if (!/^\s*(ALTER|CREATE|DROP)/m.test(script)) {
      console.log("prisma/schema.prisma has no change since the last commit; no migration written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = path.join("prisma", "migrations", `${stamp}_${name}`, "migration.sql");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, script);
    console.log(`Wrote ${target}; review it, then npm run test:unit checks it against the schema.`);
  } finally {
    await database.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`db:diff failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
