import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";

/**
 * Per team, the handoffs sent in the period whose follow-up came later than the SLA allows, or
 * has not come and is already overdue (rejected handoffs need no follow-up). The Teams report's
 * breach rule lives here alone, to be replaced by the handoff inbox's (features/handoffs/sla.ts).
 */
export async function countSlaBreachesByTeam(period: Period, slaHours: number): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ team_id: string; breaches: bigint }[]>(Prisma.sql`
    SELECT h.team_id, count(*) AS breaches FROM handoffs h
    WHERE h.sent_at >= ${period.from}::date::timestamp AT TIME ZONE 'UTC'
      AND h.sent_at < (${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (h.rejected_at IS NULL OR h.accepted_at IS NOT NULL)
      AND COALESCE(h.first_follow_up_at, now()) > h.sent_at + make_interval(secs => ${slaHours * 3600})
    GROUP BY h.team_id`);
  return new Map(rows.map((row) => [row.team_id, Number(row.breaches)]));
}
