"use client";

import type { z } from "zod";
import { ApiClientError } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { applyServerErrors, useZodForm } from "@/components/ui/form";
import { spendConflictDetails, spendCreateSchema, spendDuplicateDetails, type SpendRow } from "@/features/spend/contract";
import { useCreateSpend, useUpdateSpend } from "@/features/spend/queries";

export type Field = "period_start" | "period_end" | "amount" | "note";

export const FIELDS: { field: Field; label: string }[] = [
  { field: "period_start", label: "Period start" },
  { field: "period_end", label: "Period end" },
  { field: "amount", label: "Amount" },
  { field: "note", label: "Note" },
];

/** The editor's values: the body of POST /api/v1/spend, as typed. */
export type RowValues = z.input<typeof spendCreateSchema>;

/** A save refused because the row changed or went away since it was read. */
export type Conflict = { current: SpendRow | null; action: "save" | "delete" };

/**
 * One spend row being added or edited, as a row of the grid. It validates with the contract's own
 * body schema (an edit sends every field, so it must make a valid row too) and puts the server's
 * field errors at their fields; Enter saves, Escape cancels.
 */
export function SpendRowEditor({
  rowKey,
  label,
  values,
  version,
  focusName,
  onSaved,
  onCancel,
  onConflict,
}: {
  rowKey: string;
  label: string;
  values: RowValues;
  /** The version read; null for a new row. */
  version: number | null;
  focusName: (field: Field) => string;
  onSaved: (row: SpendRow) => void;
  onCancel: (field?: Field) => void;
  onConflict: (conflict: Conflict) => void;
}) {
  const create = useCreateSpend();
  const update = useUpdateSpend();
  const form = useZodForm(spendCreateSchema, { defaultValues: values });
  const { errors, isSubmitting } = form.formState;

  function failed(error: unknown) {
    if (error instanceof ApiClientError && error.status === 409) {
      if (spendDuplicateDetails.safeParse(error.details).success) {
        form.setError("period_start", { message: "this campaign already has a row for exactly this period; change that row instead" }, { shouldFocus: true });
        return;
      }
      const stale = spendConflictDetails.safeParse(error.details);
      onConflict({ current: stale.success ? stale.data.current : null, action: "save" });
    } else if (error instanceof ApiClientError && error.status === 404 && version !== null) {
      onConflict({ current: null, action: "save" });
    } else {
      const left = applyServerErrors(form, error);
      if (left) form.setError("root.server", { message: left });
    }
  }

  const save = form.handleSubmit(async (body) => {
    try {
      const row = version === null ? await create.mutateAsync(body) : await update.mutateAsync({ id: rowKey, version, ...body });
      onSaved(row);
    } catch (error) {
      failed(error);
    }
  });

  // The campaign is no input of the row: a message about it is the row's.
  const serverError = errors.root?.server?.message ?? (errors.campaign_id ? `Campaign ${errors.campaign_id.message}` : undefined);

  return (
    <tr aria-label={label} className="border-b border-slate-100 bg-indigo-50/50 align-top">
      {FIELDS.map((f) => {
        const error = errors[f.field]?.message;
        const id = `${rowKey}-${f.field}-error`;
        return (
          <td key={f.field} className="px-2 py-1.5">
            <input
              {...form.register(f.field)}
              data-focus={focusName(f.field)}
              type={f.field.startsWith("period") ? "date" : "text"}
              inputMode={f.field === "amount" ? "decimal" : undefined}
              aria-label={`${f.label} (${label})`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? id : undefined}
              placeholder={f.field === "amount" ? "0.00" : undefined}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void save();
                } else if (event.key === "Escape") {
                  event.preventDefault();
                  onCancel(f.field);
                }
              }}
              className={`w-full min-w-28 rounded-md border bg-white px-2 py-1 ${f.field === "amount" ? "text-right" : ""} ${error ? "border-red-500" : "border-slate-300"}`}
            />
            {error && (
              <p id={id} className="mt-1 text-xs text-red-700">
                {f.label} {error}
              </p>
            )}
          </td>
        );
      })}
      <td className="whitespace-nowrap px-3 py-1.5 text-right">
        <Button size="sm" onClick={() => void save()} disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => onCancel()} className="ml-2">
          Cancel
        </Button>
        {serverError && (
          <p role="alert" className="mt-1 whitespace-normal text-left text-xs text-red-700">
            {serverError}
          </p>
        )}
      </td>
    </tr>
  );
}
