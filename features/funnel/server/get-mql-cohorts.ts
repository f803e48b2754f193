import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { addDays, type Period } from "@/lib/dates";
import { measureScope, periodsCte } from "@/features/kpis/server/engine";
import { MEASURES, filterSql, type Filters } from "@/features/kpis/server/measures";
import { trendBuckets } from "@/features/kpis/server/trends";
import { COHORT_WEEKS } from "../contract";

const sql = Prisma.sql;

/**
 * MQL-week cohorts: the leads that became MQLs in each ISO week of the period (the records of
 * the `mqls` measure, so channel and campaign filter the lead), and the share that reached SQL
 * and won within 1, 2, 4 and 8 weeks of their MQL date (team filter on the winning opportunity).
 * A share is null until every MQL of the week has had that long, so young cohorts are not read
 * as bad ones.
 */
export async function getMqlCohorts(period: Period, filters: Filters, now = new Date()) {
  // Before the query: a period of too many weeks is refused without reading anything.
  const weeks = trendBuckets(period, "week", ["from", "to"]);
  const within = (column: string, weeks: number) => sql`count(*) FILTER (WHERE ${Prisma.raw(column)} <= mql_at + make_interval(weeks => ${weeks}))`;
  const columns = COHORT_WEEKS.flatMap((w) => [
    sql`${within("sql_at", w)} AS ${Prisma.raw(`sql_${w}`)}`,
    sql`${within("won_at", w)} AS ${Prisma.raw(`won_${w}`)}`,
  ]);
  const rows = await db().$queryRaw<Record<string, unknown>[]>(sql`
    WITH ${periodsCte([period])},
    mql AS (
      SELECT l.mql_at, l.sql_at,
        date_trunc('week', l.mql_at AT TIME ZONE 'UTC')::date AS week,
        (SELECT min(o.closed_at) FROM opportunities o
          WHERE o.lead_id = l.id AND o.stage = 'won' ${filterSql(MEASURES.opportunities_won, { team: filters.team })}) AS won_at
      ${measureScope("mqls", filters)}
    )
    SELECT week::text AS week, count(*) AS mqls, ${Prisma.join(columns)} FROM mql GROUP BY week ORDER BY week`);
  const byWeek = new Map(rows.map((row) => [row.week as string, row]));
  return {
    from: period.from,
    to: period.to,
    filters,
    weeks: [...COHORT_WEEKS],
    cohorts: weeks.map((bucket) => {
      const monday = addDays(bucket.to, -((new Date(`${bucket.to}T00:00:00Z`).getUTCDay() + 6) % 7));
      const row = byWeek.get(monday);
      const mqls = row ? Number(row.mqls) : 0;
      // The last MQL of the week (or of the period) has had `w` weeks once this instant has passed.
      const lastMql = Date.parse(`${addDays(bucket.to, 1)}T00:00:00Z`);
      const share = (key: string, w: number) => (!row || mqls === 0 || lastMql + w * 7 * 86_400_000 > now.getTime() ? null : Number(row[key]) / mqls);
      return {
        start: bucket.from,
        end: bucket.to,
        mqls,
        sql: COHORT_WEEKS.map((w) => ({ weeks: w, share: share(`sql_${w}`, w) })),
        won: COHORT_WEEKS.map((w) => ({ weeks: w, share: share(`won_${w}`, w) })),
      };
    }),
  };
}
