"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { SpendError, useCreateSpend, useDeleteSpend, useSpendRows, useUpdateSpend, type SpendInput } from "@/features/spend/hooks";
import { ErrorState, Loading } from "@/components/ui/states";
import { amountProblem, formatAmount } from "@/features/spend/amount";
import type { SpendConflictDetails, SpendRow } from "@/features/spend/contract";

type Field = "period_start" | "period_end" | "amount" | "note";

const FIELDS: { field: Field; label: string }[] = [
  { field: "period_start", label: "Period start" },
  { field: "period_end", label: "Period end" },
  { field: "amount", label: "Amount" },
  { field: "note", label: "Note" },
];

type Values = Record<Field, string>;
type Errors = Partial<Record<Field | "form", string>>;
type Draft = { values: Values; version: number | null; errors: Errors; saving?: boolean };
type Conflict = { current: SpendRow | null; action: "save" | "delete" };

/** The key of the row being added; saved rows are keyed by their id. */
const NEW = "new";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The same rules as the API, so most mistakes are named before a round trip. */
function validate(values: Values): Errors {
  const errors: Errors = {};
  for (const field of ["period_start", "period_end"] as const) {
    if (!values[field]) errors[field] = "is required";
    else if (!isRealDate(values[field])) errors[field] = "must be a date YYYY-MM-DD";
  }
  if (!errors.period_start && !errors.period_end && values.period_end < values.period_start) errors.period_end = "must not be before period start";
  const amount = amountProblem(values.amount);
  if (amount) errors.amount = amount;
  if (values.note.length > 500) errors.note = "must be at most 500 characters";
  return errors;
}

const valuesOf = (row: SpendRow): Values => ({ period_start: row.period_start, period_end: row.period_end, amount: row.amount, note: row.note ?? "" });

/** A new row defaults to the month after the newest one, the usual next entry. */
function nextMonth(rows: SpendRow[]): Values {
  const latest = rows[0]?.period_end;
  const base = latest ? new Date(`${latest}T00:00:00Z`) : new Date();
  const start = latest ? new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + 1, 1)) : new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { period_start: start.toISOString().slice(0, 10), period_end: end.toISOString().slice(0, 10), amount: "", note: "" };
}

/** Elements that focus moves to are found by name, after the render that made them. */
const find = (root: HTMLElement | null, name: string) => root?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(name)}"]`) ?? null;

const without = <T,>(all: Record<string, T>, key: string) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key));

const describe = (row: SpendRow) => `${row.period_start} to ${row.period_end}, ${formatAmount(row.amount)}${row.note ? `, note “${row.note}”` : ""} (version ${row.version}${row.entered_by ? `, by ${row.entered_by}` : ""})`;

/** One campaign's spend rows as an editable grid: arrows move, Enter edits and saves, Escape cancels. */
export function SpendGrid({ campaign }: { campaign: { id: string; name: string } }) {
  const rows = useSpendRows(campaign.id);
  const client = useQueryClient();
  const create = useCreateSpend();
  const update = useUpdateSpend();
  const remove = useDeleteSpend();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // Focus moves after the render that creates its target (an input, a cell, a button).
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = find(container.current, pendingFocus.current);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  if (rows.isPending) return <Loading label="Loading spend rows" rows={3} className="h-10" />;
  if (rows.isError) return <ErrorState error={rows.error} retry={() => rows.refetch()} />;

  const saved = rows.data.spend;
  const keys = [...(drafts[NEW] ? [NEW] : []), ...saved.map((row) => row.id)];
  const rowOf = (key: string) => saved.find((row) => row.id === key);
  const focusLater = (name: string) => (pendingFocus.current = name);
  const setDraft = (key: string, change: (draft: Draft) => Draft | null) =>
    setDrafts((all) => {
      const next = { ...all };
      const changed = all[key] ? change(all[key]) : null;
      if (changed) next[key] = changed;
      else delete next[key];
      return next;
    });
  const clearConflict = (key: string) => setConflicts((all) => without(all, key));

  function startEdit(key: string, field: Field) {
    const row = rowOf(key);
    if (!row) return;
    setDrafts((all) => ({ ...all, [key]: all[key] ?? { values: valuesOf(row), version: row.version, errors: {} } }));
    focusLater(`${key}:input:${field}`);
  }

  function startAdd() {
    setDrafts((all) => ({ ...all, [NEW]: all[NEW] ?? { values: nextMonth(saved), version: null, errors: {} } }));
    focusLater(`${NEW}:input:amount`);
  }

  function cancel(key: string, field: Field = "period_start") {
    setDraft(key, () => null);
    clearConflict(key);
    const col = FIELDS.findIndex((f) => f.field === field);
    if (key === NEW) focusLater("add");
    else {
      setActive({ row: keys.indexOf(key), col });
      focusLater(`${key}:cell:${col}`);
    }
  }

  function handleFailure(key: string, error: unknown, action: Conflict["action"], version: number | null) {
    if (error instanceof SpendError && error.status === 409) {
      const details = error.details as (SpendConflictDetails & { existing?: SpendRow }) | undefined;
      if (details?.existing) {
        setDraft(key, (d) => ({ ...d, saving: false, errors: { period_start: "this campaign already has a row for exactly this period; change that row instead" } }));
        return;
      }
      setConflicts((all) => ({ ...all, [key]: { current: details?.current ?? null, action } }));
    } else if (error instanceof SpendError && error.status === 404 && version !== null) {
      setConflicts((all) => ({ ...all, [key]: { current: null, action } }));
    } else if (error instanceof SpendError && error.status === 400) {
      const fields = error.fieldErrors();
      const errors: Errors = {};
      for (const [field, message] of Object.entries(fields)) {
        if (FIELDS.some((f) => f.field === field)) errors[field as Field] = message;
      }
      if (Object.keys(errors).length === 0) errors.form = error.message;
      setDraft(key, (d) => ({ ...d, errors }));
    } else {
      setDraft(key, (d) => ({ ...d, errors: { form: error instanceof Error ? error.message : String(error) } }));
    }
    setDraft(key, (d) => ({ ...d, saving: false }));
  }

  async function save(key: string) {
    const draft = drafts[key];
    if (!draft || draft.saving) return;
    const errors = validate(draft.values);
    if (Object.keys(errors).length) {
      setDraft(key, (d) => ({ ...d, errors }));
      const first = FIELDS.find((f) => errors[f.field]);
      if (first) focusLater(`${key}:input:${first.field}`);
      return;
    }
    setDraft(key, (d) => ({ ...d, saving: true, errors: {} }));
    const input: SpendInput = { campaign_id: campaign.id, ...draft.values, note: draft.values.note.trim() || null };
    try {
      const row = key === NEW || draft.version === null ? await create.mutateAsync(input) : await update.mutateAsync({ id: key, version: draft.version, ...input });
      setDraft(key, () => null);
      clearConflict(key);
      setAnnouncement(`Saved ${row.period_start} to ${row.period_end}: ${formatAmount(row.amount)}.`);
      focusLater(`${row.id}:cell:2`);
    } catch (error) {
      handleFailure(key, error, "save", draft.version);
    }
  }

  async function confirmDelete(key: string) {
    const row = rowOf(key);
    if (!row) return;
    setConfirming(null);
    try {
      await remove.mutateAsync({ id: row.id, version: drafts[key]?.version ?? row.version });
      setDraft(key, () => null);
      clearConflict(key);
      setAnnouncement(`Deleted the row ${row.period_start} to ${row.period_end}.`);
      focusLater("add");
    } catch (error) {
      handleFailure(key, error, "delete", row.version);
    }
  }

  async function reload(key: string) {
    setDraft(key, () => null);
    clearConflict(key);
    // The other person's change is in the history too.
    await client.invalidateQueries({ queryKey: ["spend"] });
    setAnnouncement("Reloaded the current rows.");
  }

  function keepMine(key: string) {
    const current = conflicts[key]?.current;
    if (!current) return;
    setDraft(key, (d) => ({ ...d, version: current.version, saving: false }));
    clearConflict(key);
    focusLater(`${key}:input:amount`);
  }

  function onCellKey(event: KeyboardEvent, rowIndex: number, col: number, key: string) {
    const displayRows = keys.length;
    const moves: Record<string, () => { row: number; col: number }> = {
      ArrowRight: () => ({ row: rowIndex, col: Math.min(col + 1, FIELDS.length - 1) }),
      ArrowLeft: () => ({ row: rowIndex, col: Math.max(col - 1, 0) }),
      ArrowDown: () => ({ row: Math.min(rowIndex + 1, displayRows - 1), col }),
      ArrowUp: () => ({ row: Math.max(rowIndex - 1, 0), col }),
      Home: () => ({ row: rowIndex, col: 0 }),
      End: () => ({ row: rowIndex, col: FIELDS.length - 1 }),
    };
    if (moves[event.key]) {
      event.preventDefault();
      const next = moves[event.key]();
      setActive(next);
      find(container.current, `${keys[next.row]}:cell:${next.col}`)?.focus();
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(key, FIELDS[col].field);
    }
  }

  function onInputKey(event: KeyboardEvent, key: string, field: Field) {
    if (event.key === "Enter") {
      event.preventDefault();
      void save(key);
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel(key, field);
    }
  }

  // One cell of the grid is in the tab order (roving tabindex); it must be a displayed cell.
  const tabbable = (() => {
    const wanted = keys[active.row];
    if (wanted && !drafts[wanted]) return `${wanted}:${active.col}`;
    const first = keys.find((k) => !drafts[k]);
    return first ? `${first}:0` : null;
  })();

  return (
    <section ref={container} aria-labelledby="spend-grid-title" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 p-4">
        <div>
          <h2 id="spend-grid-title" className="text-lg font-semibold">
            Spend rows of {campaign.name}
          </h2>
          <p id="spend-grid-help" className="text-sm text-slate-600">
            Arrow keys move between cells; Enter edits a row and Enter again saves it; Escape cancels; Tab moves between fields.
          </p>
        </div>
        <button
          data-focus="add"
          type="button"
          onClick={startAdd}
          disabled={Boolean(drafts[NEW])}
          className="ml-auto rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-50"
        >
          Add row
        </button>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {keys.length === 0 ? (
        <p className="p-6 text-center text-sm text-slate-600">No spend entered for this campaign yet. Add a row, or use the month view for many campaigns at once.</p>
      ) : (
        <div className="overflow-x-auto">
          <table role="grid" aria-labelledby="spend-grid-title" aria-describedby="spend-grid-help" className="tabular min-w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
              <tr>
                {FIELDS.map((f) => (
                  <th key={f.field} scope="col" className={`px-3 py-2 font-medium ${f.field === "amount" ? "text-right" : ""}`}>
                    {f.label}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key, rowIndex) => {
                const row = rowOf(key);
                const draft = drafts[key];
                const conflict = conflicts[key];
                const label = row ? `${row.period_start} to ${row.period_end}` : "new row";
                return [
                  <tr key={key} aria-label={label} className={`border-b border-slate-100 align-top ${draft ? "bg-indigo-50/50" : ""}`}>
                    {FIELDS.map((f, col) =>
                      draft ? (
                        <td key={f.field} className="px-2 py-1.5">
                          <input
                            data-focus={`${key}:input:${f.field}`}
                            type={f.field.startsWith("period") ? "date" : "text"}
                            inputMode={f.field === "amount" ? "decimal" : undefined}
                            aria-label={`${f.label} (${label})`}
                            aria-invalid={draft.errors[f.field] ? true : undefined}
                            aria-describedby={draft.errors[f.field] ? `${key}-${f.field}-error` : undefined}
                            value={draft.values[f.field]}
                            placeholder={f.field === "amount" ? "0.00" : undefined}
                            onChange={(e) => setDraft(key, (d) => ({ ...d, values: { ...d.values, [f.field]: e.target.value }, errors: { ...d.errors, [f.field]: undefined, form: undefined } }))}
                            onKeyDown={(e) => onInputKey(e, key, f.field)}
                            className={`w-full min-w-28 rounded-md border bg-white px-2 py-1 ${f.field === "amount" ? "text-right" : ""} ${draft.errors[f.field] ? "border-red-500" : "border-slate-300"}`}
                          />
                          {draft.errors[f.field] && (
                            <p id={`${key}-${f.field}-error`} className="mt-1 text-xs text-red-700">
                              {f.label} {draft.errors[f.field]}
                            </p>
                          )}
                        </td>
                      ) : (
                        <td
                          key={f.field}
                          data-focus={`${key}:cell:${col}`}
                          tabIndex={tabbable === `${key}:${col}` ? 0 : -1}
                          onFocus={() => setActive({ row: rowIndex, col })}
                          onKeyDown={(e) => onCellKey(e, rowIndex, col, key)}
                          onDoubleClick={() => startEdit(key, f.field)}
                          className={`px-3 py-2 outline-none focus:ring-2 focus:ring-inset focus:ring-indigo-500 ${f.field === "amount" ? "text-right" : ""}`}
                        >
                          {row && (f.field === "amount" ? formatAmount(row.amount) : f.field === "note" ? (row.note ?? <span className="text-slate-500">—</span>) : row[f.field])}
                        </td>
                      ),
                    )}
                    <td className="whitespace-nowrap px-3 py-1.5 text-right">
                      {draft ? (
                        <>
                          <button type="button" onClick={() => void save(key)} disabled={draft.saving} className="rounded-md bg-indigo-700 px-2.5 py-1 font-medium text-white hover:bg-indigo-800 disabled:opacity-50">
                            {draft.saving ? "Saving…" : "Save"}
                          </button>
                          <button type="button" onClick={() => cancel(key)} className="ml-2 rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100">
                            Cancel
                          </button>
                          {draft.errors.form && (
                            <p role="alert" className="mt-1 whitespace-normal text-left text-xs text-red-700">
                              {draft.errors.form}
                            </p>
                          )}
                        </>
                      ) : confirming === key ? (
                        <span role="group" aria-label={`Confirm deleting ${label}`}>
                          <span className="mr-2 text-slate-700">Delete this row?</span>
                          <button type="button" onClick={() => void confirmDelete(key)} className="rounded-md bg-red-700 px-2.5 py-1 font-medium text-white hover:bg-red-800">
                            Delete row
                          </button>
                          <button data-focus={`${key}:keep`} type="button" onClick={() => setConfirming(null)} className="ml-2 rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100">
                            Keep
                          </button>
                        </span>
                      ) : (
                        <>
                          <button type="button" onClick={() => startEdit(key, "amount")} aria-label={`Edit ${label}`} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100">
                            Edit
                          </button>
                          <button
                            type="button"
                            onClick={() => {
                              setConfirming(key);
                              focusLater(`${key}:keep`);
                            }}
                            aria-label={`Delete ${label}`}
                            className="ml-2 rounded-md border border-slate-300 px-2.5 py-1 text-red-700 hover:bg-red-50"
                          >
                            Delete
                          </button>
                        </>
                      )}
                    </td>
                  </tr>,
                  conflict && (
                    <tr key={`${key}-conflict`}>
                      <td colSpan={FIELDS.length + 1} className="px-3 pb-3">
                        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                          {conflict.current ? (
                            <p>
                              <strong>Changed by someone else since you opened it.</strong> It is now {describe(conflict.current)}.
                              {conflict.action === "save" ? " Your changes were not saved." : " It was not deleted."}
                            </p>
                          ) : (
                            <p>
                              <strong>Deleted by someone else since you opened it.</strong> {conflict.action === "save" ? "Your changes were not saved." : ""}
                            </p>
                          )}
                          <div className="mt-2 flex gap-2">
                            <button type="button" onClick={() => void reload(key)} className="rounded-md border border-amber-400 bg-white px-2.5 py-1 font-medium hover:bg-amber-100">
                              Reload the current version
                            </button>
                            {conflict.current && conflict.action === "save" && (
                              <button type="button" onClick={() => keepMine(key)} className="rounded-md border border-amber-400 bg-white px-2.5 py-1 hover:bg-amber-100">
                                Keep editing mine (saving replaces theirs)
                              </button>
                            )}
                          </div>
                        </div>
                      </td>
                    </tr>
                  ),
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
