"use client";

import { useKpis, useSparklines } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { KpiTile } from "@/features/kpis/components/kpi-tile";
import { EmptyState, ErrorState, Loading } from "@/components/ui/states";
import { GROUPS, type Group } from "@/features/kpis/groups";

/** The balanced scorecard: every KPI, grouped by owner area, leading ones first. */
export function Scorecard({ groups = GROUPS.map((g) => g.id) }: { groups?: Group[] }) {
  const { filters, href } = useFilters();
  const kpis = useKpis(filters);
  const sparks = useSparklines(filters);

  if (kpis.isPending) return <Loading label="Loading KPIs" rows={4} className="h-32" />;
  if (kpis.isError) return <ErrorState error={kpis.error} retry={() => kpis.refetch()} />;
  const all = kpis.data.kpis;
  if (all.find((k) => k.id === "leads")?.value === 0 && all.find((k) => k.id === "spend")?.value === 0 && all.find((k) => k.id === "sessions")?.value === 0) {
    return <EmptyState title="No leads, spend or traffic in this period yet." />;
  }
  const ordered = groups.map((id) => GROUPS.find((g) => g.id === id)!);
  return (
    <div className="space-y-8" aria-busy={kpis.isFetching}>
      {ordered.map((group) => {
        const items = all.filter((k) => k.group === group.id).sort((a, b) => Number(b.leading) - Number(a.leading));
        return (
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`} className="mb-3 text-lg font-semibold">
              {group.label}
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {items.map((kpi) => (
                <KpiTile
                  key={kpi.id}
                  kpi={kpi}
                  href={href(`/kpis/${kpi.id}`)}
                  spark={sparks.data?.series[kpi.id]?.map((value, i) => ({ label: sparks.data!.starts[i], value }))}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
