"use client";

import { useId, useState } from "react";
import { useSettings, useUpdateSettings } from "@/features/handoffs/hooks";

/** Admins set the follow-up SLA where they see its effect: on the inbox. */
export function InboxSlaEditor() {
  const settings = useSettings();
  const update = useUpdateSettings();
  // null until the admin types: the field shows the saved value.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const current = settings.data?.followUpSlaHours;
  const value = draft ?? (current === undefined ? "" : String(current));

  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Follow-up SLA"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const hours = Number(value);
        if (value.trim() === "" || !Number.isFinite(hours) || hours <= 0) return setError("Enter a number of hours greater than 0.");
        if (hours > 2160) return setError("Enter at most 2160 hours (90 days).");
        setError(null);
        update.mutate(
          { followUpSlaHours: hours },
          {
            onSuccess: () => {
              setSaved(true);
              setDraft(null);
            },
            onError: (e) => setError(e.message),
          },
        );
      }}
    >
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          Follow-up SLA (hours)
        </label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min="0.5"
          max="2160"
          step="any"
          value={value}
          disabled={settings.isPending}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(false);
          }}
          className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        />
      </div>
      <button type="submit" disabled={update.isPending || settings.isPending} className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {update.isPending ? "Saving…" : "Save SLA"}
      </button>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        Hours sales has to follow up a handoff before it shows as breached. Applies to every team.
      </p>
      <div className="w-full" aria-live="polite">
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-800">
            {error}
          </p>
        )}
        {saved && <p className="text-sm text-emerald-800">Saved: the SLA is now {current} h.</p>}
        {settings.isError && <p className="text-sm font-medium text-red-800">The SLA could not be loaded: {settings.error.message}</p>}
      </div>
    </form>
  );
}
