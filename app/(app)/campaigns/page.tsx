import type { Metadata } from "next";
import { Suspense } from "react";
import { CampaignsView } from "@/features/campaigns/components/campaigns-view";
import { FilterBar } from "@/components/layout/filter-bar";
import { KpiTiles } from "@/features/kpis/components/kpi-tiles";

export const metadata: Metadata = { title: "Campaigns" };

export default function CampaignsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Campaigns and channels</h1>
      <Suspense>
        <FilterBar dimensions={["channel", "campaign"]} />
        <div className="space-y-6">
          <KpiTiles ids={["spend", "cpl", "cost_per_opportunity", "roas"]} />
          <CampaignsView />
        </div>
      </Suspense>
    </>
  );
}
