"use client";

import { useState } from "react";
import { TrendChart } from "@/components/ui/charts";
import { useKpiRows, useKpis, useTrend } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { HealthBadge } from "@/features/kpis/components/kpi-tile";
import { EmptyState, ErrorState, Loading, QueryView } from "@/components/ui/states";
import { apiParams } from "@/lib/filters";
import { formatChange, formatValue, type Display } from "@/lib/format";

function intervalFor(from: string, to: string): "day" | "week" | "month" {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 62 ? "day" : days <= 366 ? "week" : "month";
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.replace("T", " ").replace(/\.000Z$|Z$/, " UTC");
  return String(value);
}

/** One KPI: its trend against target or threshold, its formula, and the rows behind it. */
export function KpiDetail({ id, threshold }: { id: string; threshold: { value: number; label: string } | null }) {
  const { filters } = useFilters();
  const kpis = useKpis(filters);
  const interval = intervalFor(filters.from, filters.to);
  const trend = useTrend(filters, id, interval);
  const [part, setPart] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const rows = useKpiRows(filters, id, part, page);

  if (kpis.isPending) return <Loading label="Loading KPI" />;
  if (kpis.isError) return <ErrorState error={kpis.error} retry={() => kpis.refetch()} />;
  const kpi = kpis.data.kpis.find((k) => k.id === id)!;
  const display = kpi.display as Display;
  const reference = kpi.target !== null ? { value: kpi.target, label: `Target ${formatValue(kpi.target, display)}` } : threshold;
  const change = formatChange(kpi.delta, kpi.deltaPoints, display);
  const pages = rows.data ? Math.max(1, Math.ceil(rows.data.total / rows.data.pageSize)) : 1;

  return (
    <div className="space-y-6">
      <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-3">
        <div>
          <p className="text-sm text-slate-600">Value</p>
          <p className="tabular text-3xl font-semibold" data-testid="kpi-value">{formatValue(kpi.value, display)}</p>
          <p className="mt-1 text-sm text-slate-600">
            {change ? `${change} vs previous (${formatValue(kpi.previous, display)})` : "No comparison"} · <HealthBadge status={kpi.status} />
          </p>
        </div>
        <div className="md:col-span-2">
          <p className="text-sm text-slate-600">Formula</p>
          <p className="font-mono text-sm">{kpi.formula}</p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-slate-600">Numerator: {kpi.numerator.label}</dt>
              <dd className="tabular font-medium">{kpi.numerator.value ?? "—"}</dd>
            </div>
            {kpi.denominator && (
              <div>
                <dt className="text-slate-600">Denominator: {kpi.denominator.label}</dt>
                <dd className="tabular font-medium">{kpi.denominator.value ?? "—"}</dd>
              </div>
            )}
          </dl>
          <p className="mt-2 text-xs text-slate-500">
            Filters honoured: {kpi.filtersApplied.length ? kpi.filtersApplied.join(", ") : "none of the selected ones"}
          </p>
        </div>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="mb-3 text-lg font-semibold">Trend by {interval}</h2>
        <QueryView query={trend} label="Loading the trend" rows={1} className="h-60">
          {(data) => <TrendChart title={`${kpi.label} by ${interval}`} display={display} reference={reference} points={data.points.map((p) => ({ label: p.start, value: p.value }))} />}
        </QueryView>
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <h2 className="mr-auto text-lg font-semibold">Rows behind the number</h2>
          <div role="tablist" aria-label="Part of the formula" className="flex flex-wrap gap-1">
            {rows.data?.parts.map((p) => (
              <button
                key={p.measure}
                role="tab"
                type="button"
                aria-selected={rows.data.part.measure === p.measure}
                onClick={() => {
                  setPart(p.measure);
                  setPage(1);
                }}
                className={`rounded-md border px-2 py-1 text-xs ${rows.data.part.measure === p.measure ? "border-indigo-400 bg-indigo-50 text-indigo-800" : "border-slate-300"}`}
              >
                {p.role}: {p.label} ({p.value ?? "—"})
              </button>
            ))}
          </div>
          {rows.data && (
            <a className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100" href={`/api/v1/kpis/${id}/rows?${apiParams(filters, { part: rows.data.part.measure, format: "csv" })}`}>
              Export CSV
            </a>
          )}
        </div>
        {rows.isPending ? <Loading rows={3} className="h-8" /> : rows.isError ? <ErrorState error={rows.error} retry={() => rows.refetch()} /> : rows.data.total === 0 ? (
          <EmptyState title="No rows behind this number in this period." />
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {rows.data.part.label} — {rows.data.total.toLocaleString("en-GB")} rows from <code>{rows.data.part.table}</code>
            </p>
            <div className="overflow-x-auto">
              <table className="tabular min-w-full text-left text-xs">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>{Object.keys(rows.data.rows[0]).map((c) => <th key={c} scope="col" className="px-2 py-1 font-medium">{c}</th>)}</tr>
                </thead>
                <tbody>
                  {rows.data.rows.map((row, i) => (
                    <tr key={i} className="border-b border-slate-100">
                      {Object.entries(row).map(([c, v]) => <td key={c} className="whitespace-nowrap px-2 py-1">{cell(v)}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav aria-label="Pages" className="mt-3 flex items-center gap-2 text-sm">
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40">Previous</button>
              <span>Page {page} of {pages}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40">Next</button>
            </nav>
          </>
        )}
      </section>
    </div>
  );
}
