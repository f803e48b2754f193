import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { trend } from "@/features/kpis/server/trends";
import { kpiOrThrow } from "@/features/kpis/server/service";
import type { TeamTrendInterval, TeamTrendMetric } from "../contract";

/** One trend line per sales team for a team KPI: the Teams page's comparison over time. */
export async function getTeamTrends(metric: TeamTrendMetric, period: Period, interval: TeamTrendInterval) {
  const teams = await db().team.findMany({ where: { kind: "sales" }, orderBy: { name: "asc" } });
  const lines = await Promise.all(
    teams.map(async (team) => ({ id: team.id, name: team.name, points: (await trend(metric, period, interval, { team: team.id })).points })),
  );
  const { label, unit } = kpiOrThrow(metric);
  return {
    metric,
    label,
    unit,
    interval,
    from: period.from,
    to: period.to,
    teams: lines,
  };
}
