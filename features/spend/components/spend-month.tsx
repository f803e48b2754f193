"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiClientError } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { QueryView } from "@/components/ui/states";
import { amountProblem, formatAmount, sameAmount, sumAmounts } from "@/features/spend/amount";
import { monthConflictDetails, type MonthConflictDetails, type MonthResponse } from "@/features/spend/contract";
import { spendQueries, useSaveMonth, type MonthInput } from "@/features/spend/queries";

type Conflicts = MonthConflictDetails["conflicts"];

/** Every campaign's whole-month spend for one month, typed in and saved at once. */
export function SpendMonth({ month, onMonthChange }: { month: string; onMonthChange: (month: string) => void }) {
  return (
    <section aria-labelledby="spend-month-title" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-end gap-4 border-b border-slate-200 p-4">
        <div>
          <h2 id="spend-month-title" className="text-lg font-semibold">
            Spend per campaign for a whole month
          </h2>
          <p className="text-sm text-slate-600">
            Each amount is one row from the first to the last day of the month. Leave a campaign empty to enter nothing for it.
          </p>
        </div>
        <label className="ml-auto text-xs font-medium text-slate-600">
          Month
          <input
            type="month"
            value={month}
            onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && onMonthChange(e.target.value)}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          />
        </label>
      </div>
      {/* A new month starts from what is saved for it, not from what was typed for another. */}
      <MonthTable key={month} month={month} />
    </section>
  );
}

function MonthTable({ month }: { month: string }) {
  const data = useQuery(spendQueries.month(month));
  return (
    <QueryView query={data} label="Loading the month" rows={4} className="h-8">
      {(read) => <MonthForm month={month} campaigns={read.campaigns} refetch={() => data.refetch()} />}
    </QueryView>
  );
}

/**
 * The month's amounts as one form: only the amounts typed are sent, each with the version it was
 * read at, and checked first by the contract's own amount rules (amountProblem).
 */
function MonthForm({ month, campaigns, refetch }: { month: string; campaigns: MonthResponse["campaigns"]; refetch: () => Promise<unknown> }) {
  const save = useSaveMonth();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Conflicts>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const valueOf = (id: string) => drafts[id] ?? campaigns.find((c) => c.campaign_id === id)?.row?.amount ?? "";
  const conflictOf = (id: string) => conflicts.find((c) => c.campaign_id === id);
  const total = sumAmounts(campaigns.map((c) => valueOf(c.campaign_id)).filter((v) => v.trim() && !amountProblem(v)));

  async function submit() {
    setDone(null);
    setProblem(null);
    const found: Record<string, string> = {};
    const rows: MonthInput["rows"] = [];
    for (const c of campaigns) {
      const value = drafts[c.campaign_id];
      if (value === undefined) continue;
      if (value.trim() === "") {
        if (c.row) found[c.campaign_id] = "is required: enter 0, or delete the row in the campaign view";
        continue;
      }
      const wrong = amountProblem(value);
      if (wrong) found[c.campaign_id] = wrong;
      else if (!c.row || !sameAmount(value, c.row.amount)) rows.push({ campaign_id: c.campaign_id, amount: value.trim(), version: c.row?.version ?? null });
    }
    setErrors(found);
    const first = campaigns.find((c) => found[c.campaign_id]);
    if (first) {
      inputs.current.get(first.campaign_id)?.focus();
      return;
    }
    if (rows.length === 0) {
      setDone("Nothing changed, so nothing was saved.");
      return;
    }
    try {
      const result = await save.mutateAsync({ month, rows });
      setDrafts({});
      setConflicts([]);
      setDone(`Saved ${month}: ${result.created} added, ${result.updated} changed.`);
    } catch (error) {
      const conflicted = error instanceof ApiClientError && error.status === 409 ? monthConflictDetails.safeParse(error.details) : null;
      if (conflicted?.success) {
        const list = conflicted.data.conflicts;
        setConflicts(list);
        setProblem(
          `Nothing was saved: ${list.length === 1 ? "one campaign was" : `${list.length} campaigns were`} changed by someone else since you opened it. Reload them to see the current amounts; your other entries are kept.`,
        );
      } else if (error instanceof ApiClientError && error.status === 400) {
        const byField = error.fields;
        const mapped: Record<string, string> = {};
        rows.forEach((row, index) => {
          const message = byField[`rows.${index}.amount`] ?? byField[`rows.${index}.campaign_id`];
          if (message) mapped[row.campaign_id] = message;
        });
        setErrors(mapped);
        setProblem(Object.keys(mapped).length ? "Nothing was saved: fix the amounts marked below." : error.message);
      } else {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    }
  }

  async function reloadConflicts() {
    setDrafts((all) => Object.fromEntries(Object.entries(all).filter(([id]) => !conflictOf(id))));
    setConflicts([]);
    setProblem(null);
    await refetch();
    setDone("Reloaded the current amounts of the changed campaigns.");
  }

  return (
    <form
      aria-label={`Spend for ${month}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="overflow-x-auto">
        <table className="tabular min-w-full text-sm">
          <caption className="sr-only">Whole-month spend per campaign for {month}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Campaign
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Channel
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Amount for the month
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => {
              const value = valueOf(c.campaign_id);
              const draft = drafts[c.campaign_id];
              const dirty = draft !== undefined && (c.row ? !(draft.trim() && !amountProblem(draft) && sameAmount(draft, c.row.amount)) : draft.trim() !== "");
              const conflict = conflictOf(c.campaign_id);
              const error = errors[c.campaign_id];
              return (
                <tr key={c.campaign_id} className={`border-b border-slate-100 align-top ${conflict ? "bg-amber-50" : ""}`}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {c.campaign_name}
                  </th>
                  <td className="px-3 py-2 text-slate-600">{c.channel.replace(/_/g, " ")}</td>
                  <td className="px-3 py-1.5 text-right">
                    <input
                      ref={(element) => {
                        if (element) inputs.current.set(c.campaign_id, element);
                        else inputs.current.delete(c.campaign_id);
                      }}
                      type="text"
                      inputMode="decimal"
                      aria-label={`Amount for ${c.campaign_name}`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `month-${c.campaign_id}-error` : undefined}
                      placeholder="—"
                      value={value}
                      onChange={(e) => {
                        const next = e.target.value;
                        setDrafts((all) => ({ ...all, [c.campaign_id]: next }));
                        setErrors((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== c.campaign_id)));
                        setDone(null);
                      }}
                      className={`w-36 rounded-md border bg-white px-2 py-1 text-right ${error ? "border-red-500" : "border-slate-300"}`}
                    />
                    {error && (
                      <p id={`month-${c.campaign_id}-error`} className="mt-1 text-left text-xs text-red-700">
                        Amount {error}
                      </p>
                    )}
                  </td>
                  <td className="px-3 py-2 text-slate-700">
                    {conflict ? (
                      <span className="text-amber-950">
                        Changed by someone else since you opened it: now{" "}
                        {conflict.current ? `${formatAmount(conflict.current.amount)} (by ${conflict.current.entered_by ?? "unknown"})` : "no row"}.
                      </span>
                    ) : dirty ? (
                      <span className="font-medium text-indigo-800">Not saved yet</span>
                    ) : c.row ? (
                      <span>Saved{c.row.entered_by ? ` by ${c.row.entered_by}` : ""}</span>
                    ) : (
                      <span className="text-slate-600">No whole-month row</span>
                    )}
                    {c.other_rows > 0 && (
                      <span className="block text-xs text-slate-600">
                        {c.other_rows} other row{c.other_rows === 1 ? "" : "s"} overlap this month (campaign view)
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="bg-slate-50">
              <th scope="row" colSpan={2} className="px-3 py-2 text-left font-medium">
                Total of whole-month rows
              </th>
              <td className="px-3 py-2 text-right font-semibold">{formatAmount(total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3 p-4">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save month"}
        </Button>
        <p aria-live="polite" className="text-sm text-green-800">
          {done}
        </p>
      </div>
      {problem && (
        <div role="alert" className="mx-4 mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p>{problem}</p>
          {conflicts.length > 0 && (
            <Button size="sm" variant="secondary" onClick={() => void reloadConflicts()} className="mt-2">
              Reload the changed campaigns
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
