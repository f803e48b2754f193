import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { generateDemoData, type DemoSummary } from "@/prisma/demo/generate";
import type { EmbeddedDatabase } from "./embedded";
import { migrate } from "./migrate";

export const DEMO_PASSWORD = "tandem-demo";
export const DEMO_USERS = [
  { email: "admin@tandem.demo", name: "Ada Admin", role: "admin", teamId: null },
  { email: "marketing@tandem.demo", name: "Mia Marketing", role: "marketing", teamId: "team-demand-gen" },
  { email: "sales@tandem.demo", name: "Sam Sales", role: "sales", teamId: "team-smb" },
] as const;

export type PreparedDatabase = {
  url: string;
  embedded: EmbeddedDatabase | null;
  migrations: string[];
  admin: string | null;
  demo: DemoSummary | null;
  /** The demo users present in the database, printed at every start so nobody has to guess. */
  demoUsers: string[];
};

export type PrepareOptions = {
  /** Load demo data into an empty database (the default for the embedded one). */
  demo: boolean;
  demoLeads?: number;
  dataDir?: string;
  port?: number;
};

/**
 * The demo data's last day: today, or TANDEM_DEMO_END (YYYY-MM-DD), which the end-to-end tests
 * fix so that the numbers they read do not move from one day to the next.
 */
function demoEnd(): Date {
  const value = process.env.TANDEM_DEMO_END;
  if (!value) return new Date();
  const end = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(end.getTime())) {
    throw new Error(`TANDEM_DEMO_END must be a date like 2026-11-23, got "${value}".`);
  }
  return end;
}

async function isEmpty(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM users) AND NOT EXISTS (SELECT 1 FROM teams) AND NOT EXISTS (SELECT 1 FROM leads) AS empty`,
  );
  const [row] = rows;
  if (!row) throw new Error("The check for an empty database answered no row.");
  return row.empty;
}

/** The first admin from ADMIN_EMAIL/ADMIN_PASSWORD, only on a database that has no user yet. */
export async function createFirstAdmin(client: pg.ClientBase, email?: string, password?: string): Promise<string | null> {
  if (!email || !password) return null;
  const { rows } = await client.query(`SELECT 1 FROM users LIMIT 1`);
  if (rows.length > 0) return null;
  await client.query(`INSERT INTO users (id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, 'admin')`, [
    `usr_${Date.now().toString(36)}`,
    email.toLowerCase(),
    email.split("@")[0],
    await hashPassword(password),
  ]);
  return email;
}

export async function createDemoUsers(client: pg.ClientBase): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, team_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO NOTHING`,
      [`usr_demo_${user.role}`, user.email, user.name, hash, user.role, user.teamId],
    );
  }
}

/**
 * Gets a database ready for the app: the user's DATABASE_URL, or else an embedded PostgreSQL
 * under .data/; migrated; with the first admin and, when empty and asked for, the demo data.
 */
export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | null = null;
  if (!url) {
    const dataDir = path.resolve(options.dataDir ?? process.env.TANDEM_DATA_DIR ?? ".data/pg");
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // Loaded only when needed: the Docker image has no embedded PostgreSQL (it brings its own).
    const { startEmbeddedDatabase } = await import("./embedded");
    embedded = await startEmbeddedDatabase({ dataDir, port: options.port ?? Number(process.env.TANDEM_DB_PORT ?? 5433) });
    url = embedded.url;
  }
  try {
    const migrations = await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const empty = await isEmpty(client);
      const admin = await createFirstAdmin(client, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
      let demo: DemoSummary | null = null;
      if (empty && options.demo) {
        demo = await generateDemoData(client, { leads: options.demoLeads ?? 20000, months: 18, seed: 42, end: demoEnd() });
        await createDemoUsers(client);
      }
      const { rows } = await client.query<{ email: string }>(`SELECT email FROM users WHERE active AND email = ANY($1) ORDER BY email`, [
        DEMO_USERS.map((user) => user.email),
      ]);
      return { url, embedded, migrations, admin, demo, demoUsers: rows.map((row) => row.email) };
    } finally {
      await client.end();
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
