import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { KpiTiles } from "@/features/kpis/components/kpi-tiles";
import { LandingPages } from "@/features/website/components/landing-pages";
import { TrendPanel } from "@/features/kpis/components/trend-panel";

export const metadata: Metadata = { title: "Website" };

export default function WebsitePage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Website</h1>
      <Suspense>
        <FilterBar dimensions={["channel"]} />
        <div className="space-y-6">
          <KpiTiles
            ids={["sessions", "users", "pageviews", "pages_per_session", "avg_session_seconds", "bounce_rate", "visit_to_lead_rate", "visitors_per_mql"]}
          />
          <div className="grid gap-6 lg:grid-cols-2">
            <TrendPanel
              metric="bounce_rate"
              title="Bounce rate by week"
              display="percent"
              interval="week"
              minDays={84}
              reference={{ value: 0.4, label: "40 %" }}
            />
            <TrendPanel metric="sessions" title="Sessions by week" display="count" interval="week" minDays={84} />
          </div>
          <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="mb-3 text-lg font-semibold">Landing pages</h2>
            <LandingPages />
          </section>
        </div>
      </Suspense>
    </>
  );
}
