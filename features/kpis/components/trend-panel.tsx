"use client";

import { TrendChart } from "@/components/ui/charts";
import { useTrend } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { QueryView } from "@/components/ui/states";
import type { Display } from "@/lib/format";
import { addDays } from "@/lib/dates";

/**
 * A KPI over time, with a reference line. Short periods are widened to `minDays` ending at the
 * period's end, so a monthly trend has more than one point.
 */
export function TrendPanel({ metric, title, display, interval, reference, minDays = 0 }: { metric: string; title: string; display: Display; interval: "day" | "week" | "month"; reference?: { value: number; label: string }; minDays?: number }) {
  const { filters } = useFilters();
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const from = days < minDays ? addDays(filters.to, 1 - minDays) : filters.from;
  const trend = useTrend({ ...filters, from }, metric, interval);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      <QueryView query={trend} label={`Loading ${title}`} rows={1} className="h-60">
        {(data) => <TrendChart title={title} display={display} reference={reference} points={data.points.map((p) => ({ label: p.start, value: p.value }))} />}
      </QueryView>
    </section>
  );
}
