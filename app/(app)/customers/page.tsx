import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { KpiTiles } from "@/features/kpis/components/kpi-tiles";
import { TrendPanel } from "@/features/kpis/components/trend-panel";

export const metadata: Metadata = { title: "Customers" };

export default function CustomersPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Customers and unit economics</h1>
      <Suspense>
        <FilterBar dimensions={["channel", "campaign"]} />
        <div className="space-y-6">
          <KpiTiles ids={["new_customers", "churn_rate", "retention_rate", "arpa", "ltv", "cac", "ltv_to_cac"]} />
          <TrendPanel
            metric="ltv_to_cac"
            title="LTV / CAC by month"
            display="multiple"
            interval="month"
            minDays={365}
            reference={{ value: 3, label: "3× healthy" }}
          />
          <div className="grid gap-6 lg:grid-cols-2">
            <TrendPanel metric="new_customers" title="New customers by month" display="count" interval="month" minDays={365} />
            <TrendPanel metric="arpa" title="ARPA by month" display="currency" interval="month" minDays={365} />
            <TrendPanel metric="churn_rate" title="Churn rate by month" display="percent" interval="month" minDays={365} />
            <TrendPanel metric="retention_rate" title="Retention rate by month" display="percent" interval="month" minDays={365} />
            <TrendPanel metric="ltv" title="LTV by month" display="currency" interval="month" minDays={365} />
            <TrendPanel metric="cac" title="CAC by month" display="currency" interval="month" minDays={365} />
          </div>
        </div>
      </Suspense>
    </>
  );
}
