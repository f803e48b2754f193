import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { KpiTiles } from "@/features/kpis/components/kpi-tiles";
import { TeamsView } from "@/features/teams/components/teams-view";

export const metadata: Metadata = { title: "Teams" };

export default function TeamsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Teams</h1>
      <Suspense>
        <FilterBar dimensions={["team"]} />
        <div className="space-y-6">
          <KpiTiles ids={["sal_rate", "followup_rate", "median_hours_to_follow_up", "win_rate"]} />
          <TeamsView />
        </div>
      </Suspense>
    </>
  );
}
