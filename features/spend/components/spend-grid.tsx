"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { ApiClientError } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { QueryView } from "@/components/ui/states";
import { formatAmount } from "@/features/spend/amount";
import { spendConflictDetails, type SpendRow } from "@/features/spend/contract";
import { spendQueries, useDeleteSpend } from "@/features/spend/queries";
import { FIELDS, SpendRowEditor, type Conflict, type Field, type RowValues } from "./spend-row-editor";

/** A row in the editor: the values it started from and the version it read (null for a new row). */
type Editing = { values: RowValues; version: number | null };

/** The key of the row being added; saved rows are keyed by their id. */
const NEW = "new";

const valuesOf = (row: SpendRow): RowValues => ({
  campaign_id: row.campaign_id,
  period_start: row.period_start,
  period_end: row.period_end,
  amount: row.amount,
  note: row.note ?? "",
});

/** A new row defaults to the month after the newest one, the usual next entry. */
function nextMonth(campaignId: string, rows: SpendRow[]): RowValues {
  const latest = rows[0]?.period_end;
  const base = latest ? new Date(`${latest}T00:00:00Z`) : new Date();
  const start = latest
    ? new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + 1, 1))
    : new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { campaign_id: campaignId, period_start: start.toISOString().slice(0, 10), period_end: end.toISOString().slice(0, 10), amount: "", note: "" };
}

/** Elements that focus moves to are found by name, after the render that made them. */
const find = (root: HTMLElement | null, name: string) => root?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(name)}"]`) ?? null;

const without = <T,>(all: Record<string, T>, key: string) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key));

const describe = (row: SpendRow) =>
  `${row.period_start} to ${row.period_end}, ${formatAmount(row.amount)}${row.note ? `, note “${row.note}”` : ""} (version ${row.version}${row.entered_by ? `, by ${row.entered_by}` : ""})`;

/** One campaign's spend rows as an editable grid: arrows move, Enter edits and saves, Escape cancels. */
export function SpendGrid({ campaign }: { campaign: { id: string; name: string } }) {
  const rows = useQuery(spendQueries.rows(campaign.id));
  return (
    <QueryView query={rows} label="Loading spend rows" rows={3} className="h-10">
      {(data) => <Grid campaign={campaign} saved={data.spend} />}
    </QueryView>
  );
}

function Grid({ campaign, saved }: { campaign: { id: string; name: string }; saved: SpendRow[] }) {
  const client = useQueryClient();
  const remove = useDeleteSpend();
  const [editing, setEditing] = useState<Record<string, Editing>>({});
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

  const keys = [...(editing[NEW] ? [NEW] : []), ...saved.map((row) => row.id)];
  const rowOf = (key: string) => saved.find((row) => row.id === key);
  const focusLater = (name: string) => (pendingFocus.current = name);
  const stopEditing = (key: string) => setEditing((all) => without(all, key));
  const clearConflict = (key: string) => setConflicts((all) => without(all, key));

  function startEdit(key: string, field: Field) {
    const row = rowOf(key);
    if (!row) return;
    setEditing((all) => ({ ...all, [key]: all[key] ?? { values: valuesOf(row), version: row.version } }));
    focusLater(`${key}:input:${field}`);
  }

  function startAdd() {
    setEditing((all) => ({ ...all, [NEW]: all[NEW] ?? { values: nextMonth(campaign.id, saved), version: null } }));
    focusLater(`${NEW}:input:amount`);
  }

  function cancel(key: string, field: Field = "period_start") {
    stopEditing(key);
    clearConflict(key);
    const col = FIELDS.findIndex((f) => f.field === field);
    if (key === NEW) focusLater("add");
    else {
      setActive({ row: keys.indexOf(key), col });
      focusLater(`${key}:cell:${col}`);
    }
  }

  function finishSave(key: string, row: SpendRow) {
    stopEditing(key);
    clearConflict(key);
    setAnnouncement(`Saved ${row.period_start} to ${row.period_end}: ${formatAmount(row.amount)}.`);
    focusLater(`${row.id}:cell:2`);
  }

  async function confirmDelete(key: string) {
    const row = rowOf(key);
    if (!row) return;
    setConfirming(null);
    try {
      await remove.mutateAsync({ id: row.id, version: editing[key]?.version ?? row.version });
      stopEditing(key);
      clearConflict(key);
      setAnnouncement(`Deleted the row ${row.period_start} to ${row.period_end}.`);
      focusLater("add");
    } catch (error) {
      const stale = error instanceof ApiClientError && error.status === 409 ? spendConflictDetails.safeParse(error.details) : null;
      if (stale?.success || (error instanceof ApiClientError && error.status === 404)) {
        setConflicts((all) => ({ ...all, [key]: { current: stale?.success ? stale.data.current : null, action: "delete" } }));
      } else {
        setAnnouncement(`The row was not deleted: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  async function reload(key: string) {
    stopEditing(key);
    clearConflict(key);
    // The other person's change is in the history too.
    await client.invalidateQueries({ queryKey: spendQueries.all });
    setAnnouncement("Reloaded the current rows.");
  }

  function keepMine(key: string) {
    const current = conflicts[key]?.current;
    if (!current) return;
    setEditing((all) => (all[key] ? { ...all, [key]: { ...all[key], version: current.version } } : all));
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
    const move = moves[event.key];
    const field = FIELDS[col]?.field;
    if (move) {
      event.preventDefault();
      const next = move();
      setActive(next);
      find(container.current, `${keys[next.row]}:cell:${next.col}`)?.focus();
    } else if ((event.key === "Enter" || event.key === "F2") && field) {
      event.preventDefault();
      startEdit(key, field);
    }
  }

  // One cell of the grid is in the tab order (roving tabindex); it must be a displayed cell.
  const tabbable = (() => {
    const wanted = keys[active.row];
    if (wanted && !editing[wanted]) return `${wanted}:${active.col}`;
    const first = keys.find((k) => !editing[k]);
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
        <Button data-focus="add" size="sm" onClick={startAdd} disabled={Boolean(editing[NEW])} className="ml-auto">
          Add row
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {keys.length === 0 ? (
        <p className="p-6 text-center text-sm text-slate-600">
          No spend entered for this campaign yet. Add a row, or use the month view for many campaigns at once.
        </p>
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
                const edit = editing[key];
                const conflict = conflicts[key];
                const label = row ? `${row.period_start} to ${row.period_end}` : "new row";
                return [
                  edit ? (
                    <SpendRowEditor
                      key={key}
                      rowKey={key}
                      label={label}
                      values={edit.values}
                      version={edit.version}
                      focusName={(field) => `${key}:input:${field}`}
                      onSaved={(row) => finishSave(key, row)}
                      onCancel={(field) => cancel(key, field)}
                      onConflict={(found) => setConflicts((all) => ({ ...all, [key]: found }))}
                    />
                  ) : (
                    <tr key={key} aria-label={label} className="border-b border-slate-100 align-top">
                      {FIELDS.map((f, col) => (
                        <td
                          key={f.field}
                          data-focus={`${key}:cell:${col}`}
                          tabIndex={tabbable === `${key}:${col}` ? 0 : -1}
                          onFocus={() => setActive({ row: rowIndex, col })}
                          onKeyDown={(e) => onCellKey(e, rowIndex, col, key)}
                          onDoubleClick={() => startEdit(key, f.field)}
                          className={`px-3 py-2 outline-none focus:ring-2 focus:ring-inset focus:ring-indigo-500 ${f.field === "amount" ? "text-right" : ""}`}
                        >
                          {row &&
                            (f.field === "amount"
                              ? formatAmount(row.amount)
                              : f.field === "note"
                                ? (row.note ?? <span className="text-slate-500">—</span>)
                                : row[f.field])}
                        </td>
                      ))}
                      <td className="whitespace-nowrap px-3 py-1.5 text-right">
                        {confirming === key ? (
                          <span role="group" aria-label={`Confirm deleting ${label}`}>
                            <span className="mr-2 text-slate-700">Delete this row?</span>
                            <Button size="sm" variant="danger" onClick={() => void confirmDelete(key)}>
                              Delete row
                            </Button>
                            <Button data-focus={`${key}:keep`} size="sm" variant="secondary" onClick={() => setConfirming(null)} className="ml-2">
                              Keep
                            </Button>
                          </span>
                        ) : (
                          <>
                            <Button size="sm" variant="secondary" onClick={() => startEdit(key, "amount")} aria-label={`Edit ${label}`}>
                              Edit
                            </Button>
                            <Button
                              size="sm"
                              variant="danger"
                              onClick={() => {
                                setConfirming(key);
                                focusLater(`${key}:keep`);
                              }}
                              aria-label={`Delete ${label}`}
                              className="ml-2"
                            >
                              Delete
                            </Button>
                          </>
                        )}
                      </td>
                    </tr>
                  ),
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
                            <Button size="sm" variant="secondary" onClick={() => void reload(key)}>
                              Reload the current version
                            </Button>
                            {conflict.current && conflict.action === "save" && (
                              <Button size="sm" variant="secondary" onClick={() => keepMine(key)}>
                                Keep editing mine (saving replaces theirs)
                              </Button>
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
