"use client";

import Link from "next/link";
import { Sparkline } from "@/components/ui/charts";
import { formatChange, formatValue } from "@/lib/format";
import type { KpiResult } from "@/features/kpis/contract";

const STATUS = {
  good: { text: "On track", dot: "bg-good", ring: "border-l-good" },
  warn: { text: "Watch", dot: "bg-warn", ring: "border-l-warn" },
  bad: { text: "Off track", dot: "bg-bad", ring: "border-l-bad" },
} as const;

export function HealthBadge({ status }: { status: KpiResult["status"] }) {
  if (!status) return <span className="text-xs text-slate-500">No target</span>;
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-slate-700">
      <span aria-hidden className={`h-2 w-2 rounded-full ${STATUS[status].dot}`} />
      {STATUS[status].text}
    </span>
  );
}

/** One KPI of the scorecard: value, change, health and sparkline; a link to its rows. */
export function KpiTile({ kpi, href, spark }: { kpi: KpiResult; href: string; spark?: { label: string; value: number | null }[] }) {
  const display = kpi.display;
  const change = formatChange(kpi.delta, kpi.deltaPoints, display);
  const up = (kpi.deltaPoints ?? kpi.delta ?? 0) > 0;
  const better = kpi.polarity === "higher" ? up : !up;
  const moved = (kpi.deltaPoints ?? kpi.delta ?? 0) !== 0;
  return (
    <Link
      href={href}
      data-kpi={kpi.id}
      className={`group block rounded-lg border border-l-4 border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 focus:outline-none focus:ring-2 focus:ring-indigo-400 ${kpi.status ? STATUS[kpi.status].ring : "border-l-slate-200"}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-sm font-medium text-slate-700">{kpi.label}</h3>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide text-slate-600">
          {kpi.leading ? "Leading" : "Lagging"}
        </span>
      </div>
      <p className="tabular mt-2 text-2xl font-semibold" data-testid="kpi-value">
        {formatValue(kpi.value, display)}
      </p>
      <div className="mt-1 flex items-center justify-between gap-2 text-xs">
        {change ? (
          <span className={moved ? (better ? "text-good" : "text-bad") : "text-slate-600"}>
            <span aria-hidden>{moved ? (up ? "▲ " : "▼ ") : ""}</span>
            {change} <span className="text-slate-500">vs previous</span>
          </span>
        ) : (
          <span className="text-slate-500">{kpi.previous === null && kpi.delta === null ? "No comparison" : ""}</span>
        )}
        <HealthBadge status={kpi.status} />
      </div>
      {spark && spark.length > 1 && (
        <div className="mt-2">
          <Sparkline points={spark} title={kpi.label} />
        </div>
      )}
    </Link>
  );
}
