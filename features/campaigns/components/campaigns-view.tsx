"use client";

import { useState } from "react";
import { BarChartBasic } from "@/components/ui/charts";
import { useCampaigns, type CampaignRow } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, ErrorState, Loading } from "@/components/ui/states";
import { formatValue, type Display } from "@/lib/format";

const COLUMNS: { key: keyof CampaignRow; label: string; display: Display }[] = [
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

/** Spend against results per campaign or channel; ROAS under 1 (spend not earned back) is flagged. */
export function CampaignsView() {
  const { filters } = useFilters();
  const [by, setBy] = useState<"campaign" | "channel">("campaign");
  const [sort, setSort] = useState<{ key: keyof CampaignRow; desc: boolean }>({ key: "spend", desc: true });
  const data = useCampaigns(filters, by);
  if (data.isPending) return <Loading label="Loading campaigns" rows={3} className="h-32" />;
  if (data.isError) return <ErrorState error={data.error} retry={() => data.refetch()} />;
  const rows = data.data.campaigns.filter((c) => (c.spend ?? 0) > 0 || (c.leads ?? 0) > 0 || c.opportunities > 0);
  if (rows.length === 0) return <EmptyState title="No spend, leads or opportunities in this period." />;
  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.key] ?? -Infinity;
    const y = b[sort.key] ?? -Infinity;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.desc ? -order : order;
  });
  const under = (c: CampaignRow) => (c.spend ?? 0) > 0 && (c.roas ?? 0) < 1;
  return (
    <div className="space-y-6">
      <div role="radiogroup" aria-label="Group by" className="flex gap-2">
        {(["campaign", "channel"] as const).map((option) => (
          <button key={option} type="button" role="radio" aria-checked={by === option} onClick={() => setBy(option)} className={`rounded-md border px-3 py-1 text-sm ${by === option ? "border-indigo-400 bg-indigo-50 text-indigo-800" : "border-slate-300"}`}>
            Per {option}
          </button>
        ))}
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="mb-1 text-lg font-semibold">ROAS per {by}</h2>
        <p className="mb-3 text-sm text-slate-600">Red bars earn back less than their spend (ROAS &lt; 1×).</p>
        <BarChartBasic title={`ROAS per ${by}`} display="multiple" height={300} points={sorted.filter((c) => (c.spend ?? 0) > 0).map((c) => ({ label: c.name.length > 18 ? `${c.name.slice(0, 17)}…` : c.name, value: c.roas }))} highlight={(p) => (p.value ?? 0) < 1} />
      </section>
      <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="tabular min-w-full text-right text-sm">
          <caption className="sr-only">Spend and results per {by}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">{by === "campaign" ? "Campaign" : "Channel"}</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className="px-3 py-2 font-medium" aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}>
                  <button type="button" onClick={() => setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : true })} className="hover:underline">
                    {c.label} {sort.key === c.key ? (sort.desc ? "↓" : "↑") : ""}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id} className={`border-b border-slate-100 ${under(c) ? "bg-red-50" : ""}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {c.name}
                  {under(c) && <span className="ml-2 rounded bg-bad px-1.5 py-0.5 text-xs font-semibold text-white">Underperforming</span>}
                  {by === "campaign" && <div className="text-xs font-normal text-slate-600">{c.channel.replace(/_/g, " ")}</div>}
                </th>
                {COLUMNS.map((col) => <td key={col.key} className="px-3 py-2">{formatValue(c[col.key] as number | null, col.display)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
