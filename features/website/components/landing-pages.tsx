"use client";

import { useQuery } from "@tanstack/react-query";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, QueryView } from "@/components/ui/states";
import { formatValue } from "@/lib/format";
import { websiteQueries } from "../queries";

export function LandingPages() {
  const { filters } = useFilters();
  const landingPages = useQuery(websiteQueries.landingPages(filters));
  return (
    <QueryView
      query={landingPages}
      label="Loading landing pages"
      rows={3}
      className="h-8"
      isEmpty={(data) => data.pages.length === 0}
      empty={<EmptyState title="No website traffic in this period." />}
    >
      {({ pages }) => (
        <table className="tabular min-w-full text-right text-sm">
          <caption className="sr-only">Landing pages</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {["Landing page", "Sessions", "Users", "Bounce rate", "Conversions", "Conversion rate"].map((h, i) => (
                <th key={h} scope="col" className={`px-3 py-2 font-medium ${i === 0 ? "text-left" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => (
              <tr key={p.landing_page} className="border-b border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                  {p.landing_page}
                </th>
                <td className="px-3 py-2">{formatValue(p.sessions, "count")}</td>
                <td className="px-3 py-2">{formatValue(p.users, "count")}</td>
                <td className={`px-3 py-2 ${(p.bounce_rate ?? 0) >= 0.4 ? "text-bad" : ""}`}>{formatValue(p.bounce_rate, "percent")}</td>
                <td className="px-3 py-2">{formatValue(p.conversions, "count")}</td>
                <td className="px-3 py-2">{formatValue(p.conversion_rate, "percent")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryView>
  );
}
