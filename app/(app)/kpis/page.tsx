import type { Metadata } from "next";
import Link from "next/link";
import { formatValue } from "@/lib/format";
import { todayUtc } from "@/lib/filters";
import { addDays } from "@/lib/dates";
import { GROUPS } from "@/features/kpis/groups";
import { KPIS } from "@/features/kpis/registry";
import { computeKpis } from "@/features/kpis/server/service";

export const metadata: Metadata = { title: "KPI catalogue" };

/** Every KPI from the registry: definition, owner, kind, thresholds or target, current value. */
export default async function CataloguePage() {
  const to = todayUtc();
  const from = addDays(to, -29);
  const values = new Map((await computeKpis({ from, to }, {}, false)).map((k) => [k.id, k]));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">KPI catalogue</h1>
      <p className="mb-6 text-slate-600">
        The definitions every page and the API use ({KPIS.length} KPIs). Current values are for the last 30 days ({from} – {to}).
      </p>
      {GROUPS.map((group) => (
        <section key={group.id} className="mb-8" aria-labelledby={`cat-${group.id}`}>
          <h2 id={`cat-${group.id}`} className="mb-2 text-lg font-semibold">{group.label}</h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">KPI</th>
                  <th scope="col" className="px-3 py-2 font-medium">Formula</th>
                  <th scope="col" className="px-3 py-2 font-medium">Owner</th>
                  <th scope="col" className="px-3 py-2 font-medium">Kind</th>
                  <th scope="col" className="px-3 py-2 font-medium">Better when</th>
                  <th scope="col" className="px-3 py-2 font-medium">Thresholds / target</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Current</th>
                </tr>
              </thead>
              <tbody>
                {KPIS.filter((k) => k.group === group.id).map((kpi) => {
                  const current = values.get(kpi.id);
                  const t = kpi.thresholds;
                  const shown = (v: number) => (kpi.display === "percent" ? `${v * 100} %` : String(v));
                  return (
                    <tr key={kpi.id} className="border-b border-slate-100 align-top">
                      <td className="px-3 py-2">
                        <Link href={`/kpis/${kpi.id}`} className="font-medium text-indigo-700 underline">{kpi.label}</Link>
                        <div className="font-mono text-xs text-slate-500">{kpi.id}</div>
                      </td>
                      <td className="px-3 py-2 text-slate-700">{kpi.formula}</td>
                      <td className="px-3 py-2">{kpi.owner}</td>
                      <td className="px-3 py-2">{kpi.leading ? "Leading" : "Lagging"}</td>
                      <td className="px-3 py-2">{kpi.polarity === "higher" ? "higher" : "lower"}</td>
                      <td className="px-3 py-2">
                        {current?.target !== null && current?.target !== undefined ? `target ${formatValue(current.target, kpi.display)}` : t ? `good ${kpi.polarity === "higher" ? "≥" : t.strictGood ? "<" : "≤"} ${shown(t.good)}, bad ${kpi.polarity === "higher" ? "<" : ">"} ${shown(t.bad)}${t.annualised ? " (annualised)" : ""}` : "—"}
                      </td>
                      <td className="tabular px-3 py-2 text-right font-medium">{formatValue(current?.value ?? null, kpi.display)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
