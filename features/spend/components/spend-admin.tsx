"use client";

import { useQuery } from "@tanstack/react-query";
import { createParser, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { Select } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { filterQueries } from "@/features/filters/queries";
import { SpendGrid } from "@/features/spend/components/spend-grid";
import { SpendHistory } from "@/features/spend/components/spend-history";
import { SpendMonth } from "@/features/spend/components/spend-month";

const VIEWS = [
  { id: "campaign", label: "By campaign" },
  { id: "month", label: "By month" },
] as const;

const isView = (value: string): value is (typeof VIEWS)[number]["id"] => VIEWS.some((v) => v.id === value);

/** The page's state is its URL: `?view=month&month=2026-03` or `?campaign=c1`. */
const urlState = {
  view: parseAsStringLiteral(VIEWS.map((v) => v.id)).withDefault("campaign"),
  month: createParser({ parse: (value) => (/^\d{4}-\d{2}$/.test(value) ? value : null), serialize: (value: string) => value }),
  campaign: parseAsString,
};

/** Spend entered at the end of a month is usually last month's invoices: open that month first. */
function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** The spend admin: one campaign's rows, or one month across campaigns. */
export function SpendAdmin() {
  const [params, setParams] = useQueryStates(urlState);
  const options = useQuery(filterQueries.options());
  const month = params.month ?? lastMonth();

  return (
    <Tabs look="pill" value={params.view} onValueChange={(value) => isView(value) && void setParams({ view: value })} className="space-y-6">
      <TabsList aria-label="Enter spend">
        {VIEWS.map((option) => (
          <TabsTrigger key={option.id} value={option.id} className="px-3 py-1 text-sm">
            {option.label}
          </TabsTrigger>
        ))}
      </TabsList>
      <QueryView
        query={options}
        label="Loading campaigns"
        isEmpty={(data) => data.campaigns.length === 0}
        empty={<EmptyState title="There are no campaigns yet.">Import campaigns first (Admin → import), then enter their spend here.</EmptyState>}
      >
        {({ campaigns }) => {
          const campaign = campaigns.find((c) => c.id === params.campaign) ?? campaigns[0];
          return (
            <>
              <TabsContent value="campaign" className="space-y-6">
                {campaign && (
                  <>
                    <Select
                      label="Campaign"
                      value={campaign.id}
                      onValueChange={(value) => value && void setParams({ campaign: value })}
                      options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
                      className="max-w-xs"
                    />
                    <SpendGrid key={campaign.id} campaign={campaign} />
                    <SpendHistory campaign={campaign} />
                  </>
                )}
              </TabsContent>
              <TabsContent value="month">
                <SpendMonth month={month} onMonthChange={(value) => void setParams({ month: value })} />
              </TabsContent>
            </>
          );
        }}
      </QueryView>
    </Tabs>
  );
}
