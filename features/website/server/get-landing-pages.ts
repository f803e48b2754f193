import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { measureScope, periodsCte } from "@/features/kpis/server/engine";
import type { Filters } from "@/features/kpis/server/measures";

/**
 * Traffic per landing page with its conversion rate (docs/kpis.md: visit_to_lead_rate per page):
 * the records of the `sessions` measure grouped by page, so only the channel filter applies.
 */
export async function getLandingPages(period: Period, filters: Filters) {
  const rows = await db().$queryRaw<{ landing_page: string; sessions: bigint; users: bigint; bounces: bigint; conversions: bigint }[]>(Prisma.sql`
    WITH ${periodsCte([period])}
    SELECT t.landing_page, sum(t.sessions) AS sessions, sum(t.users) AS users, sum(t.bounces) AS bounces, sum(t.conversions) AS conversions
    ${measureScope("sessions", filters)}
    GROUP BY t.landing_page ORDER BY sum(t.sessions) DESC`);
  return {
    from: period.from,
    to: period.to,
    pages: rows.map((r) => {
      const sessions = Number(r.sessions);
      return {
        landing_page: r.landing_page,
        sessions,
        users: Number(r.users),
        bounce_rate: sessions ? Number(r.bounces) / sessions : null,
        conversions: Number(r.conversions),
        conversion_rate: sessions ? Number(r.conversions) / sessions : null,
      };
    }),
  };
}
