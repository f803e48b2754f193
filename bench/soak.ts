/**
 * Soak benchmark: minutes of mixed page and API traffic against a running Tandem at a fixed
 * concurrency, with the server's resident memory (RSS) sampled from start to end, so a cache that
 * grows with every request shows. Prints requests/s and latency percentiles and writes them to
 * bench/results/soak-<date>.md.
 *
 *   npm run bench:soak -- --url http://localhost:3000 [--minutes 10] [--concurrency 8] [--pid <server pid>]
 *
 * It starts nothing: start the app first, as it runs in production, in another terminal:
 *
 *   npm run build && npm start          # http://localhost:3000, embedded PostgreSQL with demo data
 *
 * The server's RSS is read from /proc/<pid>/status (Linux): give --pid, or the process listening
 * on the URL's port is found through /proc/net/tcp when it runs on this machine as this user.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `Usage: npm run bench:soak -- --url <app url> [options]

  --url <url>            the running app, e.g. http://localhost:3000 (required; nothing is started)
  --minutes <n>          how long to run (default 10; fractions allowed, e.g. 0.5)
  --concurrency <n>      requests in flight at any time (default 8)
  --pid <pid>            the server process whose RSS to sample (default: the one listening on the port)
  --email <email>        who signs in (default admin@tandem.demo)
  --password <password>  (default tandem-demo)
  --from, --to <date>    the period of the API reads (default: the 30 days up to today, UTC)
  -h, --help             this text

Start the app first, e.g. \`npm run build && npm start\` (port 3000), then run this against it.`;

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    minutes: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    pid: { type: "string" },
    email: { type: "string", default: "admin@tandem.demo" },
    password: { type: "string", default: "tandem-demo" },
    from: { type: "string" },
    to: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.url) fail("--url is required: this benchmark runs against an app you started.");
const BASE = new URL(args.url);
const MINUTES = Number(args.minutes);
const CONCURRENCY = Number(args.concurrency);
if (!(MINUTES > 0)) fail(`--minutes must be a positive number, got ${args.minutes}`);
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY < 1) fail(`--concurrency must be a whole number of at least 1, got ${args.concurrency}`);
if (args.pid !== undefined && !/^\d+$/.test(args.pid)) fail(`--pid must be a process id, got ${args.pid}`);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TO = args.to ?? day(Date.now());
const FROM = args.from ?? day(Date.parse(`${TO}T00:00:00Z`) - 29 * 86_400_000);
const PERIOD = `from=${FROM}&to=${TO}`;

/** The mix, taken in turn by every worker: the pages a user opens and the API reads behind them. */
const TARGETS = [
  { name: "page /", kind: "page", path: "/" },
  { name: "page /funnel", kind: "page", path: "/funnel" },
  { name: "page /teams", kind: "page", path: "/teams" },
  { name: "page /campaigns", kind: "page", path: "/campaigns" },
  { name: "api kpis", kind: "api", path: `/api/v1/kpis?${PERIOD}&compare=previous` },
  { name: "api trends", kind: "api", path: `/api/v1/trends?metric=leads&interval=day&${PERIOD}` },
  { name: "api funnel", kind: "api", path: `/api/v1/funnel?${PERIOD}` },
  { name: "api teams", kind: "api", path: `/api/v1/teams?${PERIOD}` },
  { name: "api options", kind: "api", path: "/api/v1/options" },
] as const;

// ---------------------------------------------------------------------------------------------
// Signing in: a bearer token for the API, NextAuth's session cookie for the pages.

/** Cookies as a browser keeps them: name → value, from each answer's Set-Cookie. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  hasSession() {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }
}

async function apiToken(): Promise<string> {
  const response = await fetch(new URL("/api/v1/session", BASE), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: args.email, password: args.password, name: "soak benchmark" }),
  });
  const body = (await response.json().catch(() => null)) as { token?: string; error?: { message: string } } | null;
  if (!response.ok || !body?.token) throw new Error(`POST /api/v1/session answered ${response.status}: ${body?.error?.message ?? "no token"}`);
  return body.token;
}

/** The sign-in form's requests: NextAuth's CSRF token, then the credentials callback. */
async function browserSession(): Promise<CookieJar> {
  const jar = new CookieJar();
  // A browser's same-origin form post carries its Origin; the app may refuse cookie writes without it.
  const origin = BASE.origin;
  const csrf = await fetch(new URL("/api/auth/csrf", BASE), { headers: { origin } });
  jar.keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(new URL("/api/auth/callback/credentials", BASE), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin, "sec-fetch-site": "same-origin" },
    body: new URLSearchParams({ csrfToken, email: args.email!, password: args.password!, callbackUrl: origin, json: "true" }),
  });
  jar.keep(signIn);
  if (!jar.hasSession()) throw new Error(`the sign-in form's callback answered ${signIn.status} without a session cookie`);
  return jar;
}

/** Revokes the benchmark's token at the end, so runs leave no live credentials behind. */
async function revoke(token: string) {
  const headers = { authorization: `Bearer ${token}` };
  const list = await fetch(new URL("/api/v1/tokens", BASE), { headers });
  const { tokens = [] } = (await list.json().catch(() => ({}))) as {
    tokens?: { id: string; name: string; revoked_at: string | null; last_used_at: string | null }[];
  };
  const mine = tokens.filter((t) => t.name === "soak benchmark" && !t.revoked_at).sort((a, b) => (b.last_used_at ?? "").localeCompare(a.last_used_at ?? ""))[0];
  if (mine) await fetch(new URL(`/api/v1/tokens/${mine.id}`, BASE), { method: "DELETE", headers });
}

// ---------------------------------------------------------------------------------------------
// The server's memory.

/** The pid of the process listening on `port`: its socket's inode in /proc/net/tcp*, then whose fd it is. */
function listenerPid(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; column 9 is the socket's inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A" && cols[9]) inodes.add(cols[9]);
    }
  }
  if (!inodes.size) return null;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(link.replace(/^socket:\[(\d+)\]$/, "$1"))) return Number(pid);
      }
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  return null;
}

/** Resident memory of a process in MB, or null when it cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The run.

type Sample = { at: number; rss: number };
type Tally = { latencies: number[]; statuses: Map<string, number> };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value.toFixed(0));
const clock = (elapsed: number) => `${Math.floor(elapsed / 60_000)}:${String(Math.floor((elapsed % 60_000) / 1000)).padStart(2, "0")}`;
const mb = (value: number | null | undefined) => (value == null ? "–" : value.toFixed(0));

async function main() {
  const port = Number(BASE.port || (BASE.protocol === "https:" ? 443 : 80));
  const pid = args.pid ? Number(args.pid) : listenerPid(port);
  const pidNote = args.pid
    ? `pid ${pid} (given)`
    : pid
      ? `pid ${pid} (listening on port ${port})`
      : `no pid: nothing on port ${port} readable in /proc; pass --pid <server pid> to sample RSS`;
  if (pid && rssMb(pid) === null) fail(`cannot read /proc/${pid}/status: is ${pid} the server's pid, on this machine?`);
  console.log(`Server: ${pidNote}`);

  let token: string;
  try {
    token = await apiToken();
  } catch (error) {
    fail(`Cannot sign in at ${BASE.origin}: ${(error as Error).message}. Is the app running there, with the demo users (or --email/--password)?`);
  }
  let jar: CookieJar | null = null;
  try {
    jar = await browserSession();
  } catch (error) {
    console.warn(`Pages run without a session (they will answer the sign-in redirect): ${(error as Error).message}`);
  }

  // Each target once before the clock starts: a dev server compiles a route on its first request.
  const headersFor = (target: (typeof TARGETS)[number]): Record<string, string> =>
    target.kind === "api" ? { authorization: `Bearer ${token}` } : jar ? { cookie: jar.header() } : {};
  for (const target of TARGETS) {
    await fetch(new URL(target.path, BASE), { headers: headersFor(target), redirect: "manual", signal: AbortSignal.timeout(300_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }

  const tallies = new Map<string, Tally>(TARGETS.map((t) => [t.name, { latencies: [], statuses: new Map() }]));
  const samples: Sample[] = [];
  const sample = () => {
    const rss = pid ? rssMb(pid) : null;
    if (rss !== null) samples.push({ at: Date.now(), rss });
  };

  const started = Date.now();
  const deadline = started + MINUTES * 60_000;
  sample();
  const sampler = setInterval(sample, 5_000);
  const progress = setInterval(() => {
    const done = [...tallies.values()].reduce((n, t) => n + t.latencies.length, 0);
    const last = samples.at(-1)?.rss;
    console.log(`${((Date.now() - started) / 60_000).toFixed(1)} min: ${done} requests${last ? `, RSS ${mb(last)} MB` : ""}`);
  }, 30_000);

  let next = 0;
  async function worker() {
    while (Date.now() < deadline) {
      const target = TARGETS[next++ % TARGETS.length]!;
      const headers = headersFor(target);
      const tally = tallies.get(target.name)!;
      const begun = performance.now();
      let status: string;
      try {
        const response = await fetch(new URL(target.path, BASE), { headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        status = (error as Error).name === "TimeoutError" ? "timeout" : "network error";
      }
      tally.latencies.push(performance.now() - begun);
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  clearInterval(sampler);
  clearInterval(progress);
  sample();
  const seconds = (Date.now() - started) / 1000;
  await revoke(token).catch(() => undefined);

  // ---- report
  const row = (name: string, tally: Tally) => {
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    const statuses = [...tally.statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status} × ${n}`);
    return `| ${name} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 90))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? NaN)} | ${statuses.join(", ")} |`;
  };
  const all: Tally = { latencies: [...tallies.values()].flatMap((t) => t.latencies), statuses: new Map() };
  for (const tally of tallies.values()) for (const [status, n] of tally.statuses) all.statuses.set(status, (all.statuses.get(status) ?? 0) + n);
  const failures = [...all.statuses].filter(([status]) => !/^2/.test(status)).reduce((n, [, count]) => n + count, 0);

  const [first, last] = [samples[0], samples.at(-1)];
  const peak = samples.length ? Math.max(...samples.map((s) => s.rss)) : null;
  const rssLine =
    first && last
      ? `RSS ${mb(first.rss)} MB at the start, ${mb(last.rss)} MB at the end (${last.rss >= first.rss ? "+" : ""}${mb(last.rss - first.rss)} MB), ${mb(peak)} MB at most.`
      : "RSS not sampled.";
  // About ten RSS readings (at most one a minute, at least 5 s apart) show whether memory levels off.
  const every = Math.min(60_000, Math.max(5_000, (MINUTES * 60_000) / 10));
  const timeline: Sample[] = [];
  for (const s of samples) if (!timeline.length || s.at - timeline.at(-1)!.at >= every) timeline.push(s);
  if (last && timeline.at(-1) !== last) {
    // The end reading replaces a regular one taken moments before it.
    if (timeline.length > 1 && last.at - timeline.at(-1)!.at < every / 2) timeline.pop();
    timeline.push(last);
  }

  const lines = [
    `# Soak benchmark, ${MINUTES} min of mixed page and API traffic`,
    "",
    `Run ${new Date(started).toISOString()} against ${BASE.origin} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}.`,
    `${CONCURRENCY} requests in flight, taking turns over ${TARGETS.length} targets; pages ${jar ? "with the session cookie" : "WITHOUT a session (sign-in failed)"}, API with a bearer token; period ${FROM}..${TO}.`,
    `Server ${pidNote}: ${rssLine}`,
    "",
    `${all.latencies.length} requests in ${seconds.toFixed(0)} s: ${(all.latencies.length / seconds).toFixed(1)} requests/s; ${failures} not 2xx.`,
    "",
    "| target | requests | req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | statuses |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...[...tallies].map(([name, tally]) => row(name, tally)),
    row("**all**", all),
    "",
    ...(timeline.length ? ["| after (m:ss) | RSS (MB) |", "| ---: | ---: |", ...timeline.map((s) => `| ${clock(s.at - started)} | ${mb(s.rss)} |`), ""] : []),
  ];
  console.log(`\n${lines.join("\n")}`);
  const out = path.join(__dirname, "results", `soak-${day(started)}.md`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join("\n"));
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
