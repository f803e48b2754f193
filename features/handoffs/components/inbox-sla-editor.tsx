"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, FormField, useServerSubmit, useZodForm } from "@/components/ui/form";
import { settings as settingsSchema } from "@/features/settings/contract";
import { useUpdateSettings } from "@/features/handoffs/hooks";
import { settingsQueries } from "@/features/settings/queries";

/** Admins set the follow-up SLA where they see its effect: on the inbox. */
export function InboxSlaEditor() {
  const settings = useQuery(settingsQueries.current());
  const update = useUpdateSettings();
  // The saved value fills the field, and again after each save.
  const form = useZodForm(settingsSchema, { values: settings.data });
  const [saved, setSaved] = useState(false);
  const { submit, failure } = useServerSubmit(form, (patch, onError) => {
    setSaved(false);
    update.mutate(patch, { onSuccess: () => setSaved(true), onError });
  });
  return (
    <form noValidate className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Follow-up SLA" onSubmit={submit}>
      <FormField
        label="Follow-up SLA (hours)"
        form={form}
        name="followUpSlaHours"
        hint="Hours sales has to follow up a handoff before it shows as breached. Applies to every team."
        className="max-w-md"
      >
        {(p) => (
          <div className="w-28">
            <input
              {...p}
              type="number"
              inputMode="decimal"
              min="0.5"
              max="2160"
              step="any"
              {...form.register("followUpSlaHours", { valueAsNumber: true, disabled: settings.isPending, onChange: () => setSaved(false) })}
            />
          </div>
        )}
      </FormField>
      <Button type="submit" className="mt-6" disabled={update.isPending || settings.isPending}>
        {update.isPending ? "Saving…" : "Save SLA"}
      </Button>
      <div className="w-full" aria-live="polite">
        <FormAlert message={failure} />
        {saved && <p className="text-sm text-emerald-800">Saved: the SLA is now {settings.data?.followUpSlaHours} h.</p>}
        {settings.isError && <p className="text-sm font-medium text-red-800">The SLA could not be loaded: {settings.error.message}</p>}
      </div>
    </form>
  );
}
