"use client";

import { useQuery } from "@tanstack/react-query";
import { parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { BarChartBasic } from "@/components/ui/charts";
import { DataTable, parseAsSort, type DataColumn } from "@/components/ui/data-table";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, QueryView } from "@/components/ui/states";
import { formatValue, type Display } from "@/lib/format";
import { CAMPAIGN_GROUPINGS, type CampaignGrouping, type CampaignRow } from "../contract";
import { campaignQueries } from "../queries";

type Metric = Exclude<keyof CampaignRow, "id" | "name" | "channel">;

const METRICS: { key: Metric; label: string; display: Display }[] = [
  { key: "spend", label: "Spend", display: "currency" },
  { key: "leads", label: "Leads", display: "count" },
  { key: "mqls", label: "MQLs", display: "count" },
  { key: "opportunities", label: "Opportunities", display: "count" },
  { key: "won", label: "Won", display: "count" },
  { key: "marketing_revenue", label: "Marketing revenue", display: "currency" },
  { key: "cpl", label: "CPL", display: "currency" },
  { key: "cost_per_opportunity", label: "Cost / opportunity", display: "currency" },
  { key: "roas", label: "ROAS", display: "multiple" },
  { key: "arpa", label: "ARPA", display: "currency" },
];

const DEFAULT_SORT = { id: "spend", desc: true };
const SORTABLE = new Set<string>(["name", ...METRICS.map((m) => m.key)]);

/** The view's own URL state beside the shared filters: `by=channel`, `sort=-roas`. */
const viewState = {
  by: parseAsStringLiteral(CAMPAIGN_GROUPINGS).withDefault("campaign"),
  sort: parseAsSort.withDefault(DEFAULT_SORT),
};

/** A campaign whose spend is not earned back (ROAS under 1×). */
const underperforming = (c: CampaignRow) => (c.spend ?? 0) > 0 && (c.roas ?? 0) < 1;
const active = (rows: CampaignRow[]) => rows.filter((c) => (c.spend ?? 0) > 0 || (c.leads ?? 0) > 0 || c.opportunities > 0);

/** Spend against results per campaign or channel; ROAS under 1 (spend not earned back) is flagged. */
export function CampaignsView() {
  const { filters } = useFilters();
  const [{ by, sort: urlSort }, setView] = useQueryStates(viewState);
  const sort = SORTABLE.has(urlSort.id) ? urlSort : DEFAULT_SORT;
  const report = useQuery(campaignQueries.report(filters, by));
  const columns = useMemo(() => campaignColumns(by), [by]);
  return (
    <div className="space-y-6">
      <div role="radiogroup" aria-label="Group by" className="flex gap-2">
        {CAMPAIGN_GROUPINGS.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={by === option}
            onClick={() => void setView({ by: option })}
            className={`rounded-md border px-3 py-1 text-sm ${by === option ? "border-indigo-400 bg-indigo-50 text-indigo-800" : "border-slate-300"}`}
          >
            Per {option}
          </button>
        ))}
      </div>
      <QueryView
        query={report}
        label="Loading campaigns"
        rows={3}
        className="h-32"
        isEmpty={(data) => active(data.campaigns).length === 0}
        empty={<EmptyState title="No spend, leads or opportunities in this period." />}
      >
        {(data) => {
          const rows = active(data.campaigns);
          const bars = inOrder(rows, sort).filter((c) => (c.spend ?? 0) > 0);
          return (
            <>
              <section className="rounded-lg border border-slate-200 bg-white p-5">
                <h2 className="mb-1 text-lg font-semibold">ROAS per {by}</h2>
                <p className="mb-3 text-sm text-slate-600">Red bars earn back less than their spend (ROAS &lt; 1×).</p>
                <BarChartBasic
                  title={`ROAS per ${by}`}
                  display="multiple"
                  height={300}
                  points={bars.map((c) => ({ label: c.name.length > 18 ? `${c.name.slice(0, 17)}…` : c.name, value: c.roas }))}
                  highlight={(p) => (p.value ?? 0) < 1}
                />
              </section>
              <section className="rounded-lg border border-slate-200 bg-white">
                <DataTable
                  caption={`Spend and results per ${by}`}
                  columns={columns}
                  data={rows}
                  getRowId={(c) => c.id}
                  sort={sort}
                  onSortChange={(next) => void setView({ sort: next })}
                  rowClassName={(c) => (underperforming(c) ? "bg-red-50" : "")}
                />
              </section>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

function campaignColumns(by: CampaignGrouping): DataColumn<CampaignRow>[] {
  return [
    {
      id: "name",
      header: by === "campaign" ? "Campaign" : "Channel",
      value: (c) => c.name,
      rowHeader: true,
      cell: (c) => (
        <>
          {c.name}
          {underperforming(c) && <span className="ml-2 rounded bg-bad px-1.5 py-0.5 text-xs font-semibold text-white">Underperforming</span>}
          {by === "campaign" && <div className="text-xs font-normal text-slate-600">{c.channel.replace(/_/g, " ")}</div>}
        </>
      ),
    },
    ...METRICS.map((metric): DataColumn<CampaignRow> => ({
      id: metric.key,
      header: metric.label,
      numeric: true,
      value: (c) => c[metric.key],
      cell: (c) => formatValue(c[metric.key], metric.display),
    })),
  ];
}

/** The rows in the table's order, so the chart's bars read like the table (unknown values last). */
function inOrder(rows: CampaignRow[], sort: { id: string; desc: boolean }) {
  const value = (c: CampaignRow) => c[sort.id as keyof CampaignRow];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.desc ? -order : order;
  });
}
