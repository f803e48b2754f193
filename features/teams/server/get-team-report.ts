import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { getSetting } from "@/features/settings/server/settings";
import { kpiBreakdown } from "@/features/kpis/server/kpi-breakdown";
import { countSlaBreachesByTeam } from "./count-sla-breaches";

const TEAM_KPIS = ["sal_rate", "followup_rate", "median_hours_to_follow_up", "win_rate", "revenue"] as const;
const TEAM_MEASURES = ["handoffs_sent", "opportunities_closed", "opportunities_won"] as const;

/** docs/api.md GET /api/v1/teams: per sales team, handoff and closing KPIs, and SLA breaches. */
export async function getTeamReport(period: Period) {
  const slaHours = await getSetting("followUpSlaHours");
  const [teams, valuesOf, breaches] = await Promise.all([
    db().team.findMany({ where: { kind: "sales" }, orderBy: { name: "asc" } }),
    kpiBreakdown(period, TEAM_KPIS, TEAM_MEASURES, "team", {}),
    countSlaBreachesByTeam(period, slaHours),
  ]);
  return {
    from: period.from,
    to: period.to,
    sla_hours: slaHours,
    teams: teams.map((team) => {
      const v = valuesOf(team.id);
      return {
        id: team.id,
        name: team.name,
        handoffs: v.handoffs_sent,
        sal_rate: v.sal_rate,
        followup_rate: v.followup_rate,
        median_hours_to_follow_up: v.median_hours_to_follow_up,
        sla_breaches: breaches.get(team.id) ?? 0,
        opportunities_closed: v.opportunities_closed,
        won: v.opportunities_won,
        win_rate: v.win_rate,
        revenue: v.revenue,
      };
    }),
  };
}
