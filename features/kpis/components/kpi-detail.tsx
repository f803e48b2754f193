"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFilters } from "@/components/layout/use-filters";
import { Button } from "@/components/ui/button";
import { TrendChart } from "@/components/ui/charts";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { EmptyState, QueryView } from "@/components/ui/states";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { RowsResponse } from "@/features/kpis/contract";
import { HealthBadge } from "@/features/kpis/components/kpi-tile";
import { kpiCsvUrls, kpiQueries } from "@/features/kpis/queries";
import type { KpiId } from "@/features/kpis/registry";
import type { Interval } from "@/lib/dates";
import { formatChange, formatValue } from "@/lib/format";

type Cell = RowsResponse["rows"][number][string];
type Row = { key: string; cells: RowsResponse["rows"][number] };

function intervalFor(from: string, to: string): Interval {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 62 ? "day" : days <= 366 ? "week" : "month";
}

function cell(value: Cell | undefined): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.replace("T", " ").replace(/\.000Z$|Z$/, " UTC");
  return String(value);
}

/** The columns of a part's records: whatever its table has, in the order the API lists them. */
function rowColumns(rows: RowsResponse["rows"]): DataColumn<Row>[] {
  const [first = {}] = rows;
  return Object.keys(first).map((name) => ({
    id: name,
    header: name,
    cell: (row) => cell(row.cells[name]),
    numeric: typeof first[name] === "number",
    className: "whitespace-nowrap",
  }));
}

/** One KPI: its trend against target or threshold, its formula, and the rows behind it. */
export function KpiDetail({ id, threshold }: { id: KpiId; threshold: { value: number; label: string } | null }) {
  const { filters } = useFilters();
  const interval = intervalFor(filters.from, filters.to);
  const [part, setPart] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const kpis = useQuery(kpiQueries.list(filters));
  const trend = useQuery(kpiQueries.trend(filters, id, interval));
  const rows = useQuery(kpiQueries.rows(filters, id, part, page));

  return (
    <QueryView query={kpis} label="Loading KPI" rows={3} className="h-24">
      {(data) => {
        const kpi = data.kpis.find((k) => k.id === id)!;
        const display = kpi.display;
        const reference = kpi.target !== null ? { value: kpi.target, label: `Target ${formatValue(kpi.target, display)}` } : threshold;
        const change = formatChange(kpi.delta, kpi.deltaPoints, display);
        return (
          <div className="space-y-6">
            <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-3">
              <div>
                <p className="text-sm text-slate-600">Value</p>
                <p className="tabular text-3xl font-semibold" data-testid="kpi-value">
                  {formatValue(kpi.value, display)}
                </p>
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
                {(points) => (
                  <TrendChart
                    title={`${kpi.label} by ${interval}`}
                    display={display}
                    reference={reference}
                    points={points.points.map((p) => ({ label: p.start, value: p.value }))}
                  />
                )}
              </QueryView>
            </section>

            <section className="rounded-lg border border-slate-200 bg-white p-5">
              <Tabs
                look="pill"
                value={rows.data?.part.measure ?? ""}
                onValueChange={(measure) => {
                  setPart(measure);
                  setPage(1);
                }}
              >
                <div className="mb-3 flex flex-wrap items-center gap-2">
                  <h2 className="mr-auto text-lg font-semibold">Rows behind the number</h2>
                  {rows.data && (
                    <>
                      <TabsList aria-label="Part of the formula">
                        {rows.data.parts.map((p) => (
                          <TabsTrigger key={p.measure} value={p.measure}>
                            {p.role}: {p.label} ({p.value ?? "—"})
                          </TabsTrigger>
                        ))}
                      </TabsList>
                      <Button asChild variant="secondary" size="sm" className="text-xs">
                        <a href={kpiCsvUrls.rows(filters, id, rows.data.part.measure)}>Export CSV</a>
                      </Button>
                    </>
                  )}
                </div>
                <QueryView
                  query={rows}
                  label="Loading"
                  rows={3}
                  className="h-8"
                  isEmpty={(d) => d.total === 0}
                  empty={<EmptyState title="No rows behind this number in this period." />}
                >
                  {(result) => {
                    const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
                    return (
                      <TabsContent value={result.part.measure}>
                        <p className="mb-2 text-sm text-slate-600">
                          {result.part.label} — {result.total.toLocaleString("en-GB")} rows from <code>{result.part.table}</code>
                        </p>
                        <DataTable
                          caption={`${result.part.label}, page ${page} of ${pages}`}
                          columns={rowColumns(result.rows)}
                          data={result.rows.map((cells, i) => ({ key: String(i), cells }))}
                          getRowId={(row) => row.key}
                        />
                        <nav aria-label="Pages" className="mt-3 flex items-center gap-2 text-sm">
                          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                            Previous
                          </Button>
                          <span>
                            Page {page} of {pages}
                          </span>
                          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                            Next
                          </Button>
                        </nav>
                      </TabsContent>
                    );
                  }}
                </QueryView>
              </Tabs>
            </section>
          </div>
        );
      }}
    </QueryView>
  );
}
