import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { trendBuckets, trendPoints } from "@/features/kpis/server/trends";
import { kpiOrThrow } from "@/features/kpis/server/service";
import type { TeamTrendInterval, TeamTrendMetric } from "../contract";

/** One trend line per sales team for a team KPI: the Teams page's comparison over time. */
export async function getTeamTrends(metric: TeamTrendMetric, period: Period, interval: TeamTrendInterval) {
  const kpi = kpiOrThrow(metric);
  // The point cap is checked once, before any team's work; the buckets are shared by every line.
  const periods = trendBuckets(period, interval);
  const teams = await db().team.findMany({ where: { kind: "sales" }, orderBy: { name: "asc" } });
  const lines = [];
  // One team after the other: a request holds one pooled connection, however many teams there are.
  for (const team of teams) lines.push({ id: team.id, name: team.name, points: await trendPoints(kpi, periods, { team: team.id }) });
  return {
    metric,
    label: kpi.label,
    unit: kpi.unit,
    interval,
    from: period.from,
    to: period.to,
    teams: lines,
  };
}
