"use client";

import { useKpis } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { KpiTile } from "@/features/kpis/components/kpi-tile";
import { ErrorState, Loading } from "@/components/ui/states";

/** A row of KPI tiles for a page's own subset of the registry. */
export function KpiTiles({ ids }: { ids: string[] }) {
  const { filters, href } = useFilters();
  const kpis = useKpis(filters);
  if (kpis.isPending) return <Loading label="Loading KPIs" rows={1} className="h-28" />;
  if (kpis.isError) return <ErrorState error={kpis.error} retry={() => kpis.refetch()} />;
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {ids.map((id) => {
        const kpi = kpis.data.kpis.find((k) => k.id === id);
        return kpi ? <KpiTile key={id} kpi={kpi} href={href(`/kpis/${id}`)} /> : null;
      })}
    </div>
  );
}
