"use client";

import { useQuery } from "@tanstack/react-query";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { QueryView } from "@/components/ui/states";
import { spendQueries } from "@/features/spend/queries";
import { formatAmount } from "@/features/spend/amount";
import type { SpendHistoryEntry, SpendRow } from "@/features/spend/contract";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const period = (row: SpendRow) => `${row.period_start} to ${row.period_end}`;

/** What an entry changed, in words: the fields that differ between before and after. */
function summary(entry: SpendHistoryEntry): string {
  const { before, after } = entry;
  if (!before && after) return `added ${period(after)}: ${formatAmount(after.amount)}${after.note ? ` (“${after.note}”)` : ""}`;
  if (before && !after) return `deleted ${period(before)}: ${formatAmount(before.amount)}`;
  if (!before || !after) return entry.action;
  const changes: string[] = [];
  if (before.period_start !== after.period_start || before.period_end !== after.period_end) changes.push(`period ${period(before)} → ${period(after)}`);
  if (before.amount !== after.amount) changes.push(`amount ${formatAmount(before.amount)} → ${formatAmount(after.amount)}`);
  if ((before.note ?? "") !== (after.note ?? "")) changes.push(`note “${before.note ?? ""}” → “${after.note ?? ""}”`);
  if (before.campaign_id !== after.campaign_id)
    changes.push(`campaign ${before.campaign_name ?? before.campaign_id} → ${after.campaign_name ?? after.campaign_id}`);
  return `changed ${period(after)}: ${changes.join("; ") || "no visible change"}`;
}

const COLUMNS: DataColumn<SpendHistoryEntry>[] = [
  {
    id: "at",
    header: "When",
    value: (entry) => entry.at,
    cell: (entry) => <time dateTime={entry.at}>{when.format(new Date(entry.at))} UTC</time>,
    className: "whitespace-nowrap text-slate-600",
  },
  {
    id: "user",
    header: "Who",
    value: (entry) => entry.user?.name ?? "system",
    cell: (entry) => (entry.user ? `${entry.user.name} (${entry.user.email})` : "system"),
    className: "text-slate-600",
  },
  { id: "change", header: "Change", value: summary, sortable: false },
];

/** The campaign's spend changes from the audit log, newest first. */
export function SpendHistory({ campaign }: { campaign: { id: string; name: string } }) {
  const history = useQuery(spendQueries.history(campaign.id));
  return (
    <section aria-labelledby="spend-history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="spend-history-title" className="mb-2 text-lg font-semibold">
        History of {campaign.name}
      </h2>
      <QueryView query={history} label="Loading history" className="h-6">
        {(data) => (
          <DataTable
            columns={COLUMNS}
            data={data.entries}
            getRowId={(entry) => entry.id}
            caption={`Changes to the spend of ${campaign.name}, newest first`}
            empty="No changes recorded yet. Rows loaded by the demo seed or a CSV import show up here once someone edits them."
          />
        )}
      </QueryView>
    </section>
  );
}
