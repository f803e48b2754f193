"use client";

import { createParser, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useDimensionOptions } from "@/components/hooks/queries";
import { SpendGrid } from "@/features/spend/components/spend-grid";
import { SpendHistory } from "@/features/spend/components/spend-history";
import { SpendMonth } from "@/features/spend/components/spend-month";
import { EmptyState, ErrorState, Loading } from "@/components/ui/states";

const VIEWS = [
  { id: "campaign", label: "By campaign" },
  { id: "month", label: "By month" },
] as const;

const month = createParser({ parse: (value) => (/^\d{4}-\d{2}$/.test(value) ? value : null), serialize: (value: string) => value });

/** The page's state is its URL: `?view=month&month=2026-03` or `?campaign=c1`. */
const urlState = {
  view: parseAsStringLiteral(VIEWS.map((v) => v.id)).withDefault("campaign"),
  month,
  campaign: parseAsString,
};

/** Spend entered at the end of a month is usually last month's invoices: open that month first. */
function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** The spend admin: one campaign's rows, or one month across campaigns. Its state is the URL. */
export function SpendAdmin() {
  const [params, setParams] = useQueryStates(urlState);
  const options = useDimensionOptions();
  const { view } = params;
  const month = params.month ?? lastMonth();
  const campaigns = options.data?.campaigns ?? [];
  const campaign = campaigns.find((c) => c.id === params.campaign) ?? campaigns[0] ?? null;

  return (
    <div className="space-y-6">
      <div role="radiogroup" aria-label="Enter spend" className="flex gap-2">
        {VIEWS.map((option) => (
          <button
            key={option.id}
            type="button"
            role="radio"
            aria-checked={view === option.id}
            onClick={() => void setParams({ view: option.id })}
            className={`rounded-md border px-3 py-1 text-sm ${view === option.id ? "border-indigo-400 bg-indigo-50 text-indigo-800" : "border-slate-300 bg-white"}`}
          >
            {option.label}
          </button>
        ))}
      </div>
      {options.isPending ? (
        <Loading label="Loading campaigns" rows={2} />
      ) : options.isError ? (
        <ErrorState error={options.error} retry={() => options.refetch()} />
      ) : campaigns.length === 0 ? (
        <EmptyState title="There are no campaigns yet.">Import campaigns first (Admin → import), then enter their spend here.</EmptyState>
      ) : view === "month" ? (
        <SpendMonth month={month} onMonthChange={(value) => void setParams({ month: value })} />
      ) : (
        campaign && (
          <>
            <label className="block text-xs font-medium text-slate-600">
              Campaign
              <select
                className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                value={campaign.id}
                onChange={(e) => void setParams({ campaign: e.target.value })}
              >
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <SpendGrid key={campaign.id} campaign={campaign} />
            <SpendHistory campaign={campaign} />
          </>
        )
      )}
    </div>
  );
}
