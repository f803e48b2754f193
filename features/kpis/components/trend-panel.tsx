"use client";

import { useQuery } from "@tanstack/react-query";
import { TrendChart } from "@/components/ui/charts";
import { useFilters } from "@/components/layout/use-filters";
import { QueryView } from "@/components/ui/states";
import { kpiQueries } from "@/features/kpis/queries";
import type { KpiId } from "@/features/kpis/registry";
import { addDays, type Interval } from "@/lib/dates";
import type { Display } from "@/lib/format";

/**
 * A KPI over time, with a reference line. Short periods are widened to `minDays` ending at the
 * period's end, so a monthly trend has more than one point.
 */
export function TrendPanel({
  metric,
  title,
  display,
  interval,
  reference,
  minDays = 0,
}: {
  metric: KpiId;
  title: string;
  display: Display;
  interval: Interval;
  reference?: { value: number; label: string };
  minDays?: number;
}) {
  const { filters } = useFilters();
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const from = days < minDays ? addDays(filters.to, 1 - minDays) : filters.from;
  const trend = useQuery(kpiQueries.trend({ ...filters, from }, metric, interval));
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      <QueryView query={trend} label={`Loading ${title}`} rows={1} className="h-60">
        {(data) => <TrendChart title={title} display={display} reference={reference} points={data.points.map((p) => ({ label: p.start, value: p.value }))} />}
      </QueryView>
    </section>
  );
}
