"use client";

import { useQuery } from "@tanstack/react-query";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useMemo } from "react";
import { BarChartBasic, MultiLineChart } from "@/components/ui/charts";
import { DataTable, parseAsSort, type DataColumn } from "@/components/ui/data-table";
import { Select } from "@/components/ui/select";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, QueryView } from "@/components/ui/states";
import { formatValue } from "@/lib/format";
import { TEAM_TREND_METRICS, type TeamRow, type TeamTrendMetric } from "../contract";
import { teamQueries } from "../queries";

export function TeamsView() {
  const { filters } = useFilters();
  const teams = useQuery(teamQueries.report(filters));
  return (
    <QueryView
      query={teams}
      label="Loading teams"
      rows={2}
      className="h-40"
      isEmpty={(data) => data.teams.length === 0}
      empty={<EmptyState title="No sales teams yet.">Add teams on the Admin page or import them as CSV.</EmptyState>}
    >
      {({ teams: rows, sla_hours: sla }) => {
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
                <BarChartBasic
                  title="Median hours to follow up by team"
                  display="hours"
                  points={rows.map((t) => ({ label: t.name, value: t.median_hours_to_follow_up }))}
                  highlight={(p) => p.value === slowest && slowest > sla}
                />
              </section>
            </div>
            <TeamTrends />
            <section className="rounded-lg border border-slate-200 bg-white">
              <TeamsTable rows={rows} sla={sla} />
            </section>
          </div>
        );
      }}
    </QueryView>
  );
}

/** The per-team table, sortable by any column; the sort is kept in the URL (`sort=-win_rate`). */
function TeamsTable({ rows, sla }: { rows: TeamRow[]; sla: number }) {
  const [urlSort, setSort] = useQueryState("sort", parseAsSort);
  const columns = useMemo(() => teamColumns(sla), [sla]);
  const sort = urlSort && columns.some((c) => c.id === urlSort.id) ? urlSort : null;
  return <DataTable caption="Sales teams" columns={columns} data={rows} getRowId={(t) => t.id} sort={sort} onSortChange={(next) => void setSort(next)} />;
}

function teamColumns(sla: number): DataColumn<TeamRow>[] {
  const over = (t: TeamRow) => (t.median_hours_to_follow_up ?? 0) > sla;
  return [
    { id: "name", header: "Team", value: (t) => t.name, rowHeader: true },
    { id: "handoffs", header: "Handoffs", numeric: true, value: (t) => t.handoffs, cell: (t) => formatValue(t.handoffs, "count") },
    { id: "sal_rate", header: "SAL rate", numeric: true, value: (t) => t.sal_rate, cell: (t) => formatValue(t.sal_rate, "percent") },
    { id: "followup_rate", header: "Follow-up rate", numeric: true, value: (t) => t.followup_rate, cell: (t) => formatValue(t.followup_rate, "percent") },
    {
      id: "median_hours_to_follow_up",
      header: "Median hours to follow up",
      numeric: true,
      value: (t) => t.median_hours_to_follow_up,
      cell: (t) => (
        <span className={over(t) ? "font-semibold text-bad" : ""}>
          {formatValue(t.median_hours_to_follow_up, "hours")}
          {over(t) && <span className="ml-1 text-xs">(over the {sla} h SLA)</span>}
        </span>
      ),
    },
    {
      id: "sla_breaches",
      header: `SLA breaches (${sla} h)`,
      numeric: true,
      value: (t) => t.sla_breaches,
      cell: (t) => (
        <span className={t.sla_breaches > 0 ? "font-semibold text-bad" : ""}>
          {formatValue(t.sla_breaches, "count")}
          {t.handoffs ? <span className="ml-1 text-xs font-normal text-slate-600">({formatValue(t.sla_breaches / t.handoffs, "percent")})</span> : null}
        </span>
      ),
    },
    {
      id: "opportunities_closed",
      header: "Closed",
      numeric: true,
      value: (t) => t.opportunities_closed,
      cell: (t) => formatValue(t.opportunities_closed, "count"),
    },
    { id: "won", header: "Won", numeric: true, value: (t) => t.won, cell: (t) => formatValue(t.won, "count") },
    { id: "win_rate", header: "Win rate", numeric: true, value: (t) => t.win_rate, cell: (t) => formatValue(t.win_rate, "percent") },
    { id: "revenue", header: "Revenue", numeric: true, value: (t) => t.revenue, cell: (t) => formatValue(t.revenue, "currency") },
  ];
}

const TREND_METRICS: Record<TeamTrendMetric, { label: string; display: "percent" | "hours" }> = {
  win_rate: { label: "Win rate", display: "percent" },
  sal_rate: { label: "SAL rate", display: "percent" },
  followup_rate: { label: "Follow-up rate", display: "percent" },
  median_hours_to_follow_up: { label: "Median hours to follow up", display: "hours" },
};

/** One line per team over the period, by week (or by month for periods over 6 months). */
function TeamTrends() {
  const { filters } = useFilters();
  const [metric, setMetric] = useQueryState("metric", parseAsStringLiteral(TEAM_TREND_METRICS).withDefault("win_rate"));
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const interval = days > 183 ? "month" : "week";
  const trends = useQuery(teamQueries.trends(filters, metric, interval));
  const chosen = TREND_METRICS[metric];
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">
          {chosen.label} by team, per {interval}
        </h2>
        <Select
          label="Metric"
          value={metric}
          onValueChange={(value) => void setMetric(value || null)}
          options={TEAM_TREND_METRICS.map((id) => ({ value: id, label: TREND_METRICS[id].label }))}
          className="min-w-56"
        />
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
