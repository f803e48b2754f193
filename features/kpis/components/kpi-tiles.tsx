"use client";

import { useQuery } from "@tanstack/react-query";
import { useFilters } from "@/components/layout/use-filters";
import { QueryView } from "@/components/ui/states";
import { KpiTile } from "@/features/kpis/components/kpi-tile";
import { kpiQueries } from "@/features/kpis/queries";
import type { KpiId } from "@/features/kpis/registry";

/** A row of KPI tiles for a page's own subset of the registry. */
export function KpiTiles({ ids }: { ids: readonly KpiId[] }) {
  const { filters, href } = useFilters();
  const kpis = useQuery(kpiQueries.list(filters));
  return (
    <QueryView query={kpis} label="Loading KPIs" rows={1} className="h-28">
      {(data) => (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {ids.map((id) => {
            const kpi = data.kpis.find((k) => k.id === id);
            return kpi ? <KpiTile key={id} kpi={kpi} href={href(`/kpis/${id}`)} /> : null;
          })}
        </div>
      )}
    </QueryView>
  );
}
