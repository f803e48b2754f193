"use client";

import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { KpiResult } from "@/features/kpis/contract";
import { GROUPS } from "@/features/kpis/groups";
import { KPIS, type KpiDefinition } from "@/features/kpis/registry";
import { formatValue } from "@/lib/format";

type Entry = { kpi: KpiDefinition; current: KpiResult | undefined };

/** A KPI's reference: the period's target if one is set, else its default health thresholds. */
function thresholds({ kpi, current }: Entry): string {
  if (current?.target !== null && current?.target !== undefined) return `target ${formatValue(current.target, kpi.display)}`;
  const t = kpi.thresholds;
  if (!t) return "—";
  const shown = (v: number) => (kpi.display === "percent" ? `${v * 100} %` : String(v));
  return `good ${kpi.polarity === "higher" ? "≥" : t.strictGood ? "<" : "≤"} ${shown(t.good)}, bad ${kpi.polarity === "higher" ? "<" : ">"} ${shown(t.bad)}${t.annualised ? " (annualised)" : ""}`;
}

const COLUMNS: DataColumn<Entry>[] = [
  {
    id: "kpi",
    header: "KPI",
    cell: ({ kpi }) => (
      <>
        <Link href={`/kpis/${kpi.id}`} className="font-medium text-indigo-700 underline">
          {kpi.label}
        </Link>
        <div className="font-mono text-xs text-slate-500">{kpi.id}</div>
      </>
    ),
  },
  { id: "formula", header: "Formula", cell: ({ kpi }) => kpi.formula, className: "text-slate-700" },
  { id: "owner", header: "Owner", cell: ({ kpi }) => kpi.owner },
  { id: "kind", header: "Kind", cell: ({ kpi }) => (kpi.leading ? "Leading" : "Lagging") },
  { id: "polarity", header: "Better when", cell: ({ kpi }) => kpi.polarity },
  { id: "thresholds", header: "Thresholds / target", cell: thresholds },
  { id: "current", header: "Current", numeric: true, cell: ({ kpi, current }) => formatValue(current?.value ?? null, kpi.display), className: "font-medium" },
];

/** Every KPI of the registry by group: definition, owner, kind, thresholds or target, current value. */
export function KpiCatalogue({ values }: { values: KpiResult[] }) {
  const byId = new Map(values.map((k) => [k.id, k]));
  return GROUPS.map((group) => (
    <section key={group.id} className="mb-8" aria-labelledby={`cat-${group.id}`}>
      <h2 id={`cat-${group.id}`} className="mb-2 text-lg font-semibold">
        {group.label}
      </h2>
      <DataTable
        caption={group.label}
        columns={COLUMNS}
        data={KPIS.filter((k) => k.group === group.id).map((kpi) => ({ kpi, current: byId.get(kpi.id) }))}
        getRowId={({ kpi }) => kpi.id}
        rowClassName={() => "align-top"}
        className="rounded-lg border border-slate-200 bg-white"
      />
    </section>
  ));
}
