import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { measureScope, periodsCte } from "@/features/kpis/server/engine";
import { MEASURES, filterSql, type Filters } from "@/features/kpis/server/measures";
import { FUNNEL_STAGES } from "../contract";

const sql = Prisma.sql;

/**
 * docs/api.md GET /api/v1/funnel: the leads created in the period (the records of the `leads`
 * KPI, filtered by their channel and campaign) and how far they got. Handoffs and opportunities
 * honour the team filter as the engine's measures of those records do. Opportunity stages count
 * leads and sum the amounts of their opportunities at that stage.
 */
export async function getFunnel(period: Period, filters: Filters) {
  // The cohort's own channel and campaign decide; on its records only the team filter is left.
  const team = { team: filters.team };
  const [row] = await db().$queryRaw<Record<string, unknown>[]>(sql`
    WITH ${periodsCte([period])},
    cohort AS (SELECT l.id, l.mql_at, l.sql_at ${measureScope("leads_created", filters)}),
    opps AS (
      SELECT o.lead_id, o.amount, o.quoted_at, o.stage FROM opportunities o JOIN cohort ON cohort.id = o.lead_id
      WHERE true ${filterSql(MEASURES.opportunities_created, team)}
    )
    SELECT
      (SELECT count(*) FROM cohort) AS leads,
      (SELECT count(*) FROM cohort WHERE mql_at IS NOT NULL) AS mqls,
      (SELECT count(*) FROM cohort WHERE EXISTS (
        SELECT 1 FROM handoffs h WHERE h.lead_id = cohort.id AND h.accepted_at IS NOT NULL ${filterSql(MEASURES.handoffs_accepted, team)})) AS sals,
      (SELECT count(*) FROM cohort WHERE sql_at IS NOT NULL) AS sqls,
      (SELECT count(DISTINCT lead_id) FROM opps) AS opportunities,
      (SELECT COALESCE(sum(amount), 0) FROM opps) AS opportunities_amount,
      (SELECT count(DISTINCT lead_id) FROM opps WHERE quoted_at IS NOT NULL) AS quoted,
      (SELECT COALESCE(sum(amount), 0) FROM opps WHERE quoted_at IS NOT NULL) AS quoted_amount,
      (SELECT count(DISTINCT lead_id) FROM opps WHERE stage = 'won') AS won,
      (SELECT COALESCE(sum(amount), 0) FROM opps WHERE stage = 'won') AS won_amount`);
  // A SELECT without FROM answers exactly one row.
  if (!row) throw new Error("getFunnel: the funnel query answered no row");
  let previous: number | null = null;
  return {
    from: period.from,
    to: period.to,
    filters,
    stages: FUNNEL_STAGES.map((stage) => {
      const count = Number(row[stage.id]);
      const amountKey = `${stage.id}_amount`;
      const conversionFromPrevious = previous === null || previous === 0 ? null : count / previous;
      const dropOff = previous === null || previous === 0 ? null : previous - count;
      previous = count;
      return {
        id: stage.id,
        label: stage.label,
        count,
        conversionFromPrevious,
        dropOff,
        amount: amountKey in row ? new Prisma.Decimal(String(row[amountKey])).toDecimalPlaces(2).toNumber() : null,
      };
    }),
  };
}
