import type { Metadata } from "next";
import { KpiCatalogue } from "@/features/kpis/components/kpi-catalogue";
import { KPIS } from "@/features/kpis/registry";
import { computeKpis } from "@/features/kpis/server/service";
import { addDays } from "@/lib/dates";
import { todayUtc } from "@/lib/filters";

export const metadata: Metadata = { title: "KPI catalogue" };

/** Every KPI from the registry: definition, owner, kind, thresholds or target, current value. */
export default async function CataloguePage() {
  const to = todayUtc();
  const from = addDays(to, -29);
  const values = await computeKpis({ from, to }, {}, false);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">KPI catalogue</h1>
      <p className="mb-6 text-slate-600">
        The definitions every page and the API use ({KPIS.length} KPIs). Current values are for the last 30 days ({from} – {to}).
      </p>
      <KpiCatalogue values={values} />
    </>
  );
}
