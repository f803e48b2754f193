"use client";

import { BarChartBasic } from "@/components/charts";
import { useTeams } from "@/components/hooks/queries";
import { useFilters } from "@/components/hooks/use-filters";
import { EmptyState, ErrorState, Loading } from "@/components/states";
import { formatValue } from "@/lib/format";

export function TeamsView() {
  const { filters } = useFilters();
  const teams = useTeams(filters);
  if (teams.isPending) return <Loading label="Loading teams" rows={2} className="h-40" />;
  if (teams.isError) return <ErrorState error={teams.error} retry={() => teams.refetch()} />;
  const rows = teams.data.teams;
  if (rows.length === 0) return <EmptyState title="No sales teams yet." />;
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
          <BarChartBasic title="Median hours to follow up by team" display="hours" points={rows.map((t) => ({ label: t.name, value: t.median_hours_to_follow_up }))} highlight={(p) => p.value === slowest && slowest > 24} />
        </section>
      </div>
      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="tabular min-w-full text-right text-sm">
          <caption className="sr-only">Sales teams</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              {["Team", "Handoffs", "SAL rate", "Follow-up rate", "Median hours to follow up", "Closed", "Won", "Win rate", "Revenue"].map((h, i) => (
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
                <td className={`px-3 py-2 ${(t.median_hours_to_follow_up ?? 0) > 24 ? "font-semibold text-bad" : ""}`}>
                  {formatValue(t.median_hours_to_follow_up, "hours")}
                  {(t.median_hours_to_follow_up ?? 0) > 24 && <span className="ml-1 text-xs">(over the 24 h SLA)</span>}
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
