"use client";

import { useState } from "react";
import { BarChartBasic, MultiLineChart } from "@/components/ui/charts";
import { useTeams, useTeamTrends, type TeamTrendMetric } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, ErrorState, Loading, QueryView } from "@/components/ui/states";
import { formatValue } from "@/lib/format";

export function TeamsView() {
  const { filters } = useFilters();
  const teams = useTeams(filters);
  if (teams.isPending) return <Loading label="Loading teams" rows={2} className="h-40" />;
  if (teams.isError) return <ErrorState error={teams.error} retry={() => teams.refetch()} />;
  const rows = teams.data.teams;
  const sla = teams.data.sla_hours;
  if (rows.length === 0) return <EmptyState title="No sales teams yet.">Add teams on the Admin page or import them as CSV.</EmptyState>;
  const slowest = Math.max(...rows.map((t) => t.median_hours_to_follow_up ?? 0));
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-3 text-lg font-semibold">Win rate by team</h2>
          <BarChartBasic title="Win rate by team" display="percent" points={rows.map((t) => ({ label: t.name, value: t.win_rate }))} />
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-3 text-lg font-semibold">Median hours to follow up</h2>
          <BarChartBasic title="Median hours to follow up by team" display="hours" points={rows.map((t) => ({ label: t.name, value: t.median_hours_to_follow_up }))} highlight={(p) => p.value === slowest && slowest > sla} />
        </section>
      </div>
      <TeamTrends />
      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="tabular min-w-full text-right text-sm">
          <caption className="sr-only">Sales teams</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              {["Team", "Handoffs", "SAL rate", "Follow-up rate", "Median hours to follow up", `SLA breaches (${sla} h)`, "Closed", "Won", "Win rate", "Revenue"].map((h, i) => (
                <th key={h} scope="col" className={`px-3 py-2 font-medium ${i === 0 ? "text-left" : ""}`}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id} className="border-b border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">{t.name}</th>
                <td className="px-3 py-2">{formatValue(t.handoffs, "count")}</td>
                <td className="px-3 py-2">{formatValue(t.sal_rate, "percent")}</td>
                <td className="px-3 py-2">{formatValue(t.followup_rate, "percent")}</td>
                <td className={`px-3 py-2 ${(t.median_hours_to_follow_up ?? 0) > sla ? "font-semibold text-bad" : ""}`}>
                  {formatValue(t.median_hours_to_follow_up, "hours")}
                  {(t.median_hours_to_follow_up ?? 0) > sla && <span className="ml-1 text-xs">(over the {sla} h SLA)</span>}
                </td>
                <td className={`px-3 py-2 ${t.sla_breaches > 0 ? "font-semibold text-bad" : ""}`}>
                  {formatValue(t.sla_breaches, "count")}
                  {t.handoffs ? <span className="ml-1 text-xs font-normal text-slate-600">({formatValue(t.sla_breaches / t.handoffs, "percent")})</span> : null}
                </td>
                <td className="px-3 py-2">{formatValue(t.opportunities_closed, "count")}</td>
                <td className="px-3 py-2">{formatValue(t.won, "count")}</td>
                <td className="px-3 py-2">{formatValue(t.win_rate, "percent")}</td>
                <td className="px-3 py-2">{formatValue(t.revenue, "currency")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

const TREND_METRICS: { id: TeamTrendMetric; label: string; display: "percent" | "hours" }[] = [
  { id: "win_rate", label: "Win rate", display: "percent" },
  { id: "sal_rate", label: "SAL rate", display: "percent" },
  { id: "followup_rate", label: "Follow-up rate", display: "percent" },
  { id: "median_hours_to_follow_up", label: "Median hours to follow up", display: "hours" },
];

/** One line per team over the period, by week (or by month for periods over 6 months). */
function TeamTrends() {
  const { filters } = useFilters();
  const [metric, setMetric] = useState<TeamTrendMetric>("win_rate");
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const interval = days > 183 ? "month" : "week";
  const trends = useTeamTrends(filters, metric, interval);
  const chosen = TREND_METRICS.find((m) => m.id === metric)!;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{chosen.label} by team, per {interval}</h2>
        <label className="text-sm text-slate-700">
          <span className="mr-2">Metric</span>
          <select className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" value={metric} onChange={(e) => setMetric(e.target.value as TeamTrendMetric)}>
            {TREND_METRICS.map((m) => (
              <option key={m.id} value={m.id}>{m.label}</option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={trends} label="Loading team trends" rows={1} className="h-64">
        {(data) => (
          <MultiLineChart
            title={`${chosen.label} by team`}
            display={chosen.display}
            series={data.teams.map((t) => ({ name: t.name, points: t.points.map((p) => ({ label: p.start, value: p.value })) }))}
          />
        )}
      </QueryView>
    </section>
  );
}
