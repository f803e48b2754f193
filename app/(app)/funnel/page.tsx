import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { FunnelView, MqlCohorts, WeeklyReview } from "@/features/funnel/components/funnel-view";
import { KpiTiles } from "@/features/kpis/components/kpi-tiles";

export const metadata: Metadata = { title: "Funnel" };

export default function FunnelPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Funnel</h1>
      <Suspense>
        <FilterBar />
        <div className="space-y-6">
          <KpiTiles ids={["mql_to_sql_rate", "sal_rate", "opportunity_to_quote_rate", "win_rate"]} />
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="mb-3 text-lg font-semibold">Lead cohort</h2>
            <FunnelView />
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="mb-3 text-lg font-semibold">Weekly review: the last 12 ISO weeks</h2>
            <WeeklyReview />
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="mb-1 text-lg font-semibold">MQL-week cohorts: the last 16 ISO weeks</h2>
            <p className="mb-3 text-sm text-slate-600">Of each week&apos;s new MQLs, the share that became SQL and that was won within 1, 2, 4 and 8 weeks.</p>
            <MqlCohorts />
          </section>
        </div>
      </Suspense>
    </>
  );
}
