"use client";

import { useQuery } from "@tanstack/react-query";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, QueryView } from "@/components/ui/states";
import type { KpisResponse } from "@/features/kpis/contract";
import { KpiTile } from "@/features/kpis/components/kpi-tile";
import { GROUPS, type Group } from "@/features/kpis/groups";
import { kpiQueries } from "@/features/kpis/queries";

/** Nothing to score: no leads, no spend and no traffic in the period. */
function isEmpty({ kpis }: KpisResponse) {
  return ["leads", "spend", "sessions"].every((id) => kpis.find((k) => k.id === id)?.value === 0);
}

/** The balanced scorecard: every KPI, grouped by owner area, leading ones first. */
export function Scorecard({ groups = GROUPS.map((g) => g.id) }: { groups?: Group[] }) {
  const { filters, href } = useFilters();
  const kpis = useQuery(kpiQueries.list(filters));
  const sparks = useQuery(kpiQueries.sparklines(filters)).data;
  const ordered = groups.map((id) => GROUPS.find((g) => g.id === id)!);

  return (
    <QueryView
      query={kpis}
      label="Loading KPIs"
      rows={4}
      className="h-32"
      isEmpty={isEmpty}
      empty={<EmptyState title="No leads, spend or traffic in this period yet." />}
    >
      {(data) => (
        <div className="space-y-8" aria-busy={kpis.isFetching}>
          {ordered.map((group) => {
            const items = data.kpis.filter((k) => k.group === group.id).sort((a, b) => Number(b.leading) - Number(a.leading));
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
                      spark={sparks?.starts.map((label, i) => ({ label, value: sparks.series[kpi.id][i] ?? null }))}
                    />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      )}
    </QueryView>
  );
}
