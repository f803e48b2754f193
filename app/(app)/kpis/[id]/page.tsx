import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { KpiDetail } from "@/features/kpis/components/kpi-detail";
import { KPI_BY_ID } from "@/features/kpis/registry";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: KPI_BY_ID.get((await params).id)?.label ?? "KPI" };
}

export default async function KpiPage({ params }: { params: Promise<{ id: string }> }) {
  const kpi = KPI_BY_ID.get((await params).id);
  if (!kpi) notFound();
  const threshold =
    kpi.thresholds && !kpi.thresholds.annualised
      ? {
          value: kpi.thresholds.good,
          label: `Good ${kpi.polarity === "higher" ? "≥" : "<"} ${kpi.display === "percent" ? `${kpi.thresholds.good * 100} %` : `${kpi.thresholds.good}×`}`,
        }
      : null;
  return (
    <>
      <p className="text-sm">
        <Link href="/kpis" className="text-indigo-700 underline">
          KPI catalogue
        </Link>{" "}
        / {kpi.id}
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{kpi.label}</h1>
      <p className="mb-4 text-slate-600">{kpi.description}</p>
      <Suspense>
        <FilterBar />
        <KpiDetail id={kpi.id} threshold={threshold} />
      </Suspense>
    </>
  );
}
