/**
 * `npm run dev` and `npm start`: get a database ready (embedded unless DATABASE_URL is set),
 * then run Next.js against it, and stop the embedded PostgreSQL when Next.js stops.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EmbeddedDatabaseError, portIsFree } from "@/lib/db/embedded";
import { DEMO_PASSWORD, DEMO_USERS, prepareDatabase } from "@/lib/db/prepare";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";

/** Development gets a generated secret kept in .data/; production must bring its own. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === "production" && mode === "start" && process.env.DATABASE_URL) {
    console.error("AUTH_SECRET is required in production: set it to a long random string (openssl rand -base64 32).");
    process.exit(1);
  }
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** A reason not to start that the user can act on: printed as a sentence, without a stack. */
class StartError extends Error {}

async function main() {
  // Checked before the database starts, so a busy web port gets a sentence, not Next's stack trace.
  if (!(await portIsFree(Number(port)))) {
    throw new StartError(`Port ${port} is already in use: is Tandem (or another app) running there? Stop it, or set PORT to a free port.`);
  }
  const secret = authSecret();
  const started = Date.now();
  const database = await prepareDatabase({
    demo: !process.env.DATABASE_URL || process.env.TANDEM_DEMO === "1",
    demoLeads: process.env.TANDEM_DEMO_LEADS ? Number(process.env.TANDEM_DEMO_LEADS) : undefined,
  });
  const where = database.embedded ? `embedded PostgreSQL (${path.resolve(process.env.TANDEM_DATA_DIR ?? ".data/pg")})` : "DATABASE_URL";
  console.log(`Tandem: database ready on ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (database.migrations.length) console.log(`Tandem: applied migrations ${database.migrations.join(", ")}`);
  if (database.admin) console.log(`Tandem: created the first admin ${database.admin}`);
  if (database.demo) {
    const d = database.demo;
    console.log(
      `Tandem: loaded demo data: ${d.leads} leads, ${d.handoffs} handoffs, ${d.opportunities} opportunities, ${d.customers} customers, ${d.spend} spend rows, ${d.traffic} traffic rows`,
    );
  }
  const demoUsers = DEMO_USERS.filter((user) => database.demoUsers.includes(user.email));
  if (demoUsers.length) {
    console.log(`Tandem: demo users (password ${DEMO_PASSWORD}${database.demo ? "" : " unless changed"}):`);
    for (const user of demoUsers) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
  }

  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), mode, "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  const message =
    error instanceof EmbeddedDatabaseError || error instanceof StartError || error?.code === "ECONNREFUSED" ? error.message : String(error?.stack ?? error);
  console.error(`Tandem could not start: ${message}`);
  process.exit(1);
});
