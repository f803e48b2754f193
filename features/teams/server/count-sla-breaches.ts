import "server-only";
import { Prisma } from "@prisma/client";
import { slaBreachedSql } from "@/features/handoffs/server/sla-sql";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";

/**
 * Per team, the handoffs sent in the period that breached the follow-up SLA: the rule of
 * features/handoffs/sla.ts (isBreached), the same one the inbox's clock shows.
 */
export async function countSlaBreachesByTeam(period: Period, slaHours: number, now = new Date()): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ team_id: string; breaches: bigint }[]>(Prisma.sql`
    SELECT h.team_id, count(*) AS breaches FROM handoffs h
    WHERE h.sent_at >= ${period.from}::date::timestamp AT TIME ZONE 'UTC'
      AND h.sent_at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND ${slaBreachedSql({ alias: "h", hours: slaHours, now })}
    GROUP BY h.team_id`);
  return new Map(rows.map((row) => [row.team_id, Number(row.breaches)]));
}
