"use client";

import { useQuery } from "@tanstack/react-query";
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
  if (before.campaign_id !== after.campaign_id) changes.push(`campaign ${before.campaign_name ?? before.campaign_id} → ${after.campaign_name ?? after.campaign_id}`);
  return `changed ${period(after)}: ${changes.join("; ") || "no visible change"}`;
}

/** The campaign's spend changes from the audit log, newest first. */
export function SpendHistory({ campaign }: { campaign: { id: string; name: string } }) {
  const history = useQuery(spendQueries.history(campaign.id));
  return (
    <section aria-labelledby="spend-history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="spend-history-title" className="mb-2 text-lg font-semibold">
        History of {campaign.name}
      </h2>
      <QueryView
        query={history}
        label="Loading history"
        className="h-6"
        isEmpty={(data) => data.entries.length === 0}
        empty={<p className="text-sm text-slate-600">No changes recorded yet. Rows loaded by the demo seed or a CSV import show up here once someone edits them.</p>}
      >
        {(data) => (
        <ol className="divide-y divide-slate-100 text-sm">
          {data.entries.map((entry) => (
            <li key={entry.id} className="py-2">
              <span className="text-slate-600">
                <time dateTime={entry.at}>{when.format(new Date(entry.at))} UTC</time> · {entry.user ? `${entry.user.name} (${entry.user.email})` : "system"}
              </span>{" "}
              <span className="text-slate-900">{summary(entry)}</span>
            </li>
          ))}
        </ol>
        )}
      </QueryView>
    </section>
  );
}
