import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { MEASURES, filterSql, type Dimension, type Filters, type MeasureId } from "./measures";
import type { Period } from "@/lib/dates";
import { periodDays } from "@/lib/dates";
import type { Values } from "@/features/kpis/registry";

type Decimal = Prisma.Decimal;
const sql = Prisma.sql;
const ZERO = new Prisma.Decimal(0);

/** The periods as a CTE `p` with dates and UTC-midnight bounds (ts_to exclusive). */
export function periodsCte(periods: Period[]): Prisma.Sql {
  const rows = periods.map((period, idx) => sql`(${idx}::int, ${period.from}::date, ${period.to}::date)`);
  return sql`p AS (SELECT v.idx, v.d_from, v.d_to,
      v.d_from::timestamp AT TIME ZONE 'UTC' AS ts_from,
      (v.d_to + 1)::timestamp AT TIME ZONE 'UTC' AS ts_to
    FROM (VALUES ${Prisma.join(rows)}) AS v(idx, d_from, d_to))`;
}

export function toDecimal(value: unknown): Decimal | null {
  if (value === null || value === undefined) return null;
  return value instanceof Prisma.Decimal ? value : new Prisma.Decimal(String(value));
}

function column(id: MeasureId) {
  return Prisma.raw(`"${id.replace(/[^a-z_]/g, "")}"`);
}

export type PeriodValues = Values & { period: Period };

/** The one statement of `evaluate` (also run bare by the benchmarks in bench/). */
export function evaluateSql(periods: Period[], measureIds: MeasureId[], filters: Filters): Prisma.Sql {
  const selects = [...new Set(measureIds)].map((id) => {
    const m = MEASURES[id];
    return sql`(SELECT ${m.value} FROM ${m.from} WHERE ${m.where} ${filterSql(m, filters)})::numeric AS ${column(id)}`;
  });
  return sql`WITH ${periodsCte(periods)} SELECT p.idx, ${Prisma.join(selects)} FROM p ORDER BY p.idx`;
}

/**
 * Every measure asked for, for every period, in one statement: one scalar subquery per
 * measure, correlated with the period row. Answers one Values per period, in order.
 */
export async function evaluate(periods: Period[], measureIds: MeasureId[], filters: Filters): Promise<PeriodValues[]> {
  const ids = [...new Set(measureIds)];
  const rows = await db().$queryRaw<Record<string, unknown>[]>(evaluateSql(periods, ids, filters));
  return rows.map((row, i) => {
    // One row per period, in the periods' order (ORDER BY p.idx).
    const period = periods[i];
    if (!period) throw new Error(`evaluate: row ${i} has no period; ${periods.length} were asked for`);
    const values = new Map(ids.map((id) => [id, toDecimal(row[id])]));
    return { period, days: periodDays(period), get: (id: MeasureId) => values.get(id) ?? null };
  });
}

/**
 * The measures for one period broken down by a dimension (team, campaign or channel): one
 * GROUP BY per measure, in one statement. Measures that do not carry the dimension are left out.
 */
export async function evaluateBy(period: Period, measureIds: MeasureId[], dimension: Dimension, filters: Filters): Promise<Map<string, Values>> {
  const parts = [...new Set(measureIds)].flatMap((id) => {
    const m = MEASURES[id];
    const key = m.dims[dimension];
    if (!key || typeof key === "function") return [];
    return [
      sql`SELECT ${id}::text AS measure, (${key})::text AS key, (${m.value})::numeric AS value
      FROM p, ${m.from} WHERE ${m.where} ${filterSql(m, filters)} GROUP BY 2`,
    ];
  });
  const byKey = new Map<string, Map<MeasureId, Decimal | null>>();
  if (parts.length) {
    const rows = await db().$queryRaw<{ measure: MeasureId; key: string | null; value: unknown }[]>(
      sql`WITH ${periodsCte([period])} ${Prisma.join(parts, " UNION ALL ")}`,
    );
    for (const row of rows) {
      if (row.key === null) continue;
      if (!byKey.has(row.key)) byKey.set(row.key, new Map());
      byKey.get(row.key)!.set(row.measure, toDecimal(row.value));
    }
  }
  const days = periodDays(period);
  const result = new Map<string, Values>();
  for (const [key, values] of byKey) {
    // A key with no row for a counting measure has counted nothing: 0, not unknown.
    result.set(key, { days, get: (id) => values.get(id) ?? (MEASURES[id].nullWhenEmpty ? null : ZERO) });
  }
  return result;
}

/**
 * The records one measure counts in the period `p` (periodsCte), filtered as the measure is:
 * `FROM p, <records> WHERE <in the period> <filters>`. Reports that need more than the aggregate
 * (a cohort of leads, traffic per landing page) select from it, so their bounds and filters are
 * the engine's own.
 */
export function measureScope(id: MeasureId, filters: Filters): Prisma.Sql {
  const m = MEASURES[id];
  return sql`FROM p, ${m.from} WHERE ${m.where} ${filterSql(m, filters)}`;
}

/** The rows behind one measure in a period, paged, with their total. */
export async function measureRows(period: Period, id: MeasureId, filters: Filters, page: number, pageSize: number) {
  const m = MEASURES[id];
  const where = measureScope(id, filters);
  const cte = periodsCte([period]);
  const [rows, [count]] = await Promise.all([
    db().$queryRaw<Record<string, unknown>[]>(
      sql`WITH ${cte} SELECT ${m.columns} ${where} ORDER BY ${m.orderBy} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),
    db().$queryRaw<{ total: bigint }[]>(sql`WITH ${cte} SELECT count(*) AS total ${where}`),
  ]);
  // count(*) without GROUP BY answers exactly one row.
  if (!count) throw new Error(`measureRows: the count of ${id} answered no row`);
  return { rows: rows.map(plainRow), total: Number(count.total) };
}

/** A record's column as JSON: text, a number or null. */
export type Cell = string | number | null;

/** JSON-ready values: decimals and big integers as numbers, times as ISO strings. */
export function plainRow(row: Record<string, unknown>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Prisma.Decimal) out[key] = value.toNumber();
    else if (typeof value === "bigint") out[key] = Number(value);
    else if (value instanceof Date) out[key] = value.toISOString();
    // The rows' columns are text, numbers and timestamps (server/measures.ts `columns`).
    else out[key] = value as Cell;
  }
  return out;
}
