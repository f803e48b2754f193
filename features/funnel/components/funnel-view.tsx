"use client";

import Link from "next/link";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useFilters } from "@/components/layout/use-filters";
import { EmptyState, QueryView } from "@/components/ui/states";
import { formatValue } from "@/lib/format";
import { addDays, buckets } from "@/lib/dates";
import type { FunnelStageId } from "../contract";
import { funnelQueries } from "../queries";

// The KPI whose rows show each stage's records.
const STAGE_KPI: Record<FunnelStageId, string> = {
  leads: "leads",
  mqls: "mqls",
  sals: "sal_rate",
  sqls: "sqls",
  opportunities: "pipeline_value",
  quoted: "opportunity_to_quote_rate",
  won: "revenue",
};

/** The cohort funnel as horizontal bars: count, step conversion, drop-off and amounts. */
export function FunnelView() {
  const { filters, href } = useFilters();
  const funnel = useQuery(funnelQueries.report(filters));
  return (
    <QueryView
      query={funnel}
      label="Loading funnel"
      rows={7}
      className="h-8"
      isEmpty={(data) => (data.stages[0]?.count ?? 0) === 0}
      empty={<EmptyState title="No leads were created in this period." />}
    >
      {({ stages }) => (
        <figure aria-label="Lead funnel" className="space-y-2">
          {stages.map((stage) => (
            <Link
              key={stage.id}
              href={href(`/kpis/${STAGE_KPI[stage.id]}`)}
              className="grid grid-cols-[10rem_1fr_14rem] items-center gap-3 rounded-md p-1 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-400"
              data-stage={stage.id}
            >
              <span className="text-sm font-medium">{stage.label}</span>
              <span className="relative h-8 rounded bg-slate-100" aria-hidden>
                <span className="absolute inset-y-0 left-0 rounded bg-indigo-500" style={{ width: barWidth(stage.count, stages) }} />
              </span>
              <span className="tabular text-sm">
                <strong data-testid="stage-count">{stage.count.toLocaleString("en-GB")}</strong>
                {stage.conversionFromPrevious !== null && (
                  <span className="text-slate-600"> · {formatValue(stage.conversionFromPrevious, "percent")} of previous</span>
                )}
                {stage.dropOff !== null && stage.dropOff > 0 && <span className="text-slate-500"> · −{stage.dropOff.toLocaleString("en-GB")}</span>}
                {stage.amount !== null && <span className="block text-slate-600">{formatValue(stage.amount, "currency")}</span>}
              </span>
            </Link>
          ))}
          <figcaption className="text-xs text-slate-500">
            Leads created in the period and how far they got; opportunity stages sum their amounts. Click a stage for its records.
          </figcaption>
        </figure>
      )}
    </QueryView>
  );
}

/** A stage's bar as a share of the first stage's (the leads created), at least a sliver. */
function barWidth(count: number, stages: readonly { count: number }[]) {
  // isEmpty shows no bars when the first stage is missing or 0.
  const leads = stages[0]?.count ?? 0;
  return `${Math.max((count / leads) * 100, 0.5)}%`;
}

/** The Monday review: the last 12 ISO weeks side by side. */
export function WeeklyReview() {
  const { filters } = useFilters();
  const lastMonday = mondayOf(filters.to);
  const weeks = buckets({ from: addDays(lastMonday, -77), to: addDays(lastMonday, 6) }, "week");
  // The twelve weeks as one query for QueryView: pending until all have answered, failed if one failed.
  const review = useQueries({
    queries: weeks.map((week) => funnelQueries.report({ ...filters, ...week })),
    combine: (results) => ({
      isPending: results.some((r) => r.isPending),
      isError: results.some((r) => r.isError),
      error: results.find((r) => r.isError)?.error ?? null,
      data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
      refetch: () => Promise.all(results.map((r) => r.refetch())),
    }),
  });
  return (
    <QueryView query={review} label="Loading weekly review" rows={1} className="h-48">
      {(reports) => (
        <div className="overflow-x-auto">
          <table className="tabular min-w-full text-right text-sm">
            <caption className="sr-only">Funnel by ISO week, cohort of leads created that week</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  Stage
                </th>
                {weeks.map((w) => (
                  <th key={w.from} scope="col" className="px-2 py-1 font-medium">
                    {w.from.slice(5)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reports[0]?.stages.map((stage) => (
                <tr key={stage.id} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {stage.label}
                  </th>
                  {reports.map((report) => {
                    // Every week's report answers the same stages; an absent one shows an empty cell.
                    const st = report.stages.find((other) => other.id === stage.id);
                    return (
                      <td key={report.from} className="px-2 py-1">
                        {st?.count.toLocaleString("en-GB")}
                        {st && st.conversionFromPrevious !== null && (
                          <div className="text-xs text-slate-500">{formatValue(st.conversionFromPrevious, "percent")}</div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryView>
  );
}

/** Monday of the ISO week of a date. */
function mondayOf(date: string) {
  return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
}

const COHORT_WEEKS_SHOWN = 16;

/**
 * For each week's MQLs, the share that reached SQL and won within 1, 2, 4 and 8 weeks: the last
 * 16 ISO weeks up to the period's end, since an 8-week horizon needs more than a month of cohorts.
 */
export function MqlCohorts() {
  const { filters } = useFilters();
  const cohorts = useQuery(funnelQueries.cohorts({ ...filters, from: addDays(mondayOf(filters.to), -7 * (COHORT_WEEKS_SHOWN - 1)) }));
  return (
    <QueryView
      query={cohorts}
      label="Loading MQL cohorts"
      rows={1}
      className="h-48"
      isEmpty={(data) => data.cohorts.every((r) => r.mqls === 0)}
      empty={<EmptyState title="No MQLs in this period.">Choose a longer period, or import leads with an MQL date.</EmptyState>}
    >
      {({ weeks, cohorts: rows }) => (
        <div className="overflow-x-auto">
          <table className="tabular min-w-full text-right text-sm">
            <caption className="sr-only">MQL-week cohorts: share of each week&apos;s MQLs that reached SQL and won within 1, 2, 4 and 8 weeks</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" rowSpan={2} className="px-2 py-1 text-left font-medium">
                  MQL week
                </th>
                <th scope="col" rowSpan={2} className="px-2 py-1 font-medium">
                  MQLs
                </th>
                <th scope="colgroup" colSpan={weeks.length} className="border-l border-slate-200 px-2 py-1 text-center font-medium">
                  Reached SQL within
                </th>
                <th scope="colgroup" colSpan={weeks.length} className="border-l border-slate-200 px-2 py-1 text-center font-medium">
                  Won within
                </th>
              </tr>
              <tr className="border-b border-slate-200">
                {["sql", "won"].flatMap((kind) =>
                  weeks.map((w, i) => (
                    <th key={`${kind}-${w}`} scope="col" className={`px-2 py-1 font-medium ${i === 0 ? "border-l border-slate-200" : ""}`}>
                      {w} wk
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.start} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {r.start}
                  </th>
                  <td className="px-2 py-1">{formatValue(r.mqls, "count")}</td>
                  {r.sql.map((c, i) => (
                    <td key={`sql-${c.weeks}`} className={`px-2 py-1 ${i === 0 ? "border-l border-slate-200" : ""}`}>
                      {cell(c.share)}
                    </td>
                  ))}
                  {r.won.map((c, i) => (
                    <td key={`won-${c.weeks}`} className={`px-2 py-1 ${i === 0 ? "border-l border-slate-200" : ""}`}>
                      {cell(c.share)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">– : not every MQL of that week has had that long yet.</p>
        </div>
      )}
    </QueryView>
  );
}

function cell(share: number | null) {
  return share === null ? (
    <span className="text-slate-600" title="Not every MQL of this week has had that long yet">
      –
    </span>
  ) : (
    // Shade by share so the eye finds strong and weak weeks; the number is always written.
    <span className="block rounded px-1" style={{ backgroundColor: `rgba(79, 70, 229, ${Math.min(0.5, share * 0.9).toFixed(2)})` }}>
      {formatValue(share, "percent")}
    </span>
  );
}
