/**
 * KPI engine benchmark: the engine (Prisma, registry, health, deltas) against bare SQL on the same
 * embedded PostgreSQL, on demo data of a chosen size. Prints a table of medians and ratios and
 * writes it to bench/results/kpis-<leads>.md.
 *
 *   npm run bench -- [--leads 200000] [--months 18] [--runs 15]
 *
 * Two kinds of baseline:
 * - "hand SQL": one hand-written query per number, the least a person would write by hand;
 * - "same SQL, bare pg": the engine's own statement sent through node-postgres, so the ratio is
 *   what Prisma and the registry cost on top of the SQL itself.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort, startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { generateDemoData } from "@/prisma/demo/generate";

const { values: args } = parseArgs({
  options: {
    leads: { type: "string", default: "200000" },
    months: { type: "string", default: "18" },
    runs: { type: "string", default: "15" },
  },
});
const LEADS = Number(args.leads);
const MONTHS = Number(args.months);
const RUNS = Number(args.runs);
const END = "2026-11-23";

/** Median wall time of `runs` calls after two warm-up calls, in milliseconds. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  if (median === undefined) throw new Error(`--runs must be at least 1, got ${args.runs}`);
  return median;
}

type Case = { name: string; engine: () => Promise<unknown>; baseline: () => Promise<unknown>; baselineKind: string };

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-bench-"));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as its own user when we are root
  const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "tandem_bench" });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await client.connect();
    await client.query("SET TIME ZONE 'UTC'"); // the hand SQL compares dates with timestamptz
    const seeded = Date.now();
    const summary = await generateDemoData(client, { leads: LEADS, months: MONTHS, seed: 42, end: new Date(`${END}T00:00:00Z`) });
    console.log(`Seeded ${JSON.stringify(summary)} in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    // The engine reads DATABASE_URL when it first connects: import it only now.
    process.env.DATABASE_URL = database.url;
    const { computeKpis } = await import("@/features/kpis/server/service");
    const { evaluateSql } = await import("@/features/kpis/server/engine");
    const { KPIS, kpiMeasures } = await import("@/features/kpis/registry");
    const { previousPeriod } = await import("@/lib/dates");
    const { getFunnel } = await import("@/features/funnel/server/get-funnel");
    const { db } = await import("@/lib/db/client");

    const month = { from: "2026-10-24", to: END };
    const year = { from: "2025-11-24", to: END };
    const bare = (statement: { text: string; values: unknown[] }) => client.query(statement.text, statement.values);
    const allMeasures = KPIS.flatMap(kpiMeasures);
    const bounds = (p: { from: string; to: string }) => [p.from, p.to];

    const handCpl = (p: { from: string; to: string }) =>
      client.query(
        `SELECT (SELECT sum(amount * (LEAST(period_end, $2::date) - GREATEST(period_start, $1::date) + 1) / (period_end - period_start + 1))
                   FROM spend WHERE period_start <= $2::date AND period_end >= $1::date)
              / NULLIF((SELECT count(*) FROM leads WHERE source = 'marketing' AND created_at >= $1::date AND created_at < $2::date + 1), 0) AS cpl`,
        bounds(p),
      );

    const cases: Case[] = [
      { name: "cpl, last 30 days", engine: () => computeKpis(month, {}, false, ["cpl"]), baseline: () => handCpl(month), baselineKind: "hand SQL" },
      { name: "cpl, last 12 months", engine: () => computeKpis(year, {}, false, ["cpl"]), baseline: () => handCpl(year), baselineKind: "hand SQL" },
      {
        name: "mqls by channel filter, 12 months",
        engine: () => computeKpis(year, { channel: "paid_search" }, false, ["mqls"]),
        baseline: () => client.query(`SELECT count(*) FROM leads WHERE mql_at >= $1::date AND mql_at < $2::date + 1 AND channel = 'paid_search'`, bounds(year)),
        baselineKind: "hand SQL",
      },
      {
        name: "funnel cohort, 12 months",
        engine: () => getFunnel(year, {}),
        baseline: () =>
          client.query(
            `SELECT count(*) AS leads, count(l.mql_at) AS mqls,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM handoffs h WHERE h.lead_id = l.id AND h.accepted_at IS NOT NULL)) AS sals,
               count(l.sql_at) AS sqls,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opportunities o WHERE o.lead_id = l.id)) AS opportunities,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opportunities o WHERE o.lead_id = l.id AND o.quoted_at IS NOT NULL)) AS quoted,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opportunities o WHERE o.lead_id = l.id AND o.stage = 'won')) AS won
             FROM leads l WHERE l.created_at >= $1::date AND l.created_at < $2::date + 1`,
            bounds(year),
          ),
        baselineKind: "hand SQL (stage counts, no amounts)",
      },
      {
        name: "all 37 KPIs + previous, last 30 days",
        engine: () => computeKpis(month, {}, true),
        baseline: () => bare(evaluateSql([month, previousPeriod(month)], allMeasures, {})),
        baselineKind: "same SQL, bare pg",
      },
      {
        name: "all 37 KPIs + previous, last 12 months",
        engine: () => computeKpis(year, {}, true),
        baseline: () => bare(evaluateSql([year, previousPeriod(year)], allMeasures, {})),
        baselineKind: "same SQL, bare pg",
      },
    ];

    const results: { name: string; engine: number; baseline: number; kind: string }[] = [];
    for (const c of cases) {
      const engine = await time(c.engine);
      const baseline = await time(c.baseline);
      results.push({ name: c.name, engine, baseline, kind: c.baselineKind });
      console.log(
        `${c.name.padEnd(40)} engine ${engine.toFixed(1).padStart(8)} ms   ${c.baselineKind} ${baseline.toFixed(1).padStart(8)} ms   ratio ${(engine / baseline).toFixed(2)}×`,
      );
    }
    await db().$disconnect();

    const { rows } = await client.query("SHOW server_version");
    const lines = [
      `# KPI engine benchmark, ${LEADS.toLocaleString("en-GB")} leads`,
      "",
      `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, PostgreSQL ${rows[0].server_version} (embedded).`,
      `Demo data: ${Object.entries(summary)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}; periods end ${END}.`,
      `Median of ${RUNS} runs after 2 warm-ups. Ratio = engine ÷ baseline (1.00× means no overhead).`,
      "",
      "| case | engine (ms) | baseline (ms) | baseline | ratio |",
      "| --- | ---: | ---: | --- | ---: |",
      ...results.map((r) => `| ${r.name} | ${r.engine.toFixed(1)} | ${r.baseline.toFixed(1)} | ${r.kind} | ${(r.engine / r.baseline).toFixed(2)}× |`),
      "",
    ];
    const out = path.join(__dirname, "results", `kpis-${LEADS}.md`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, lines.join("\n"));
    console.log(`Wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
