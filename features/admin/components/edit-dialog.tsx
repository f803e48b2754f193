"use client";

import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert, SubmitButton, useServerSubmit, useZodForm, type AnySchema } from "@/components/ui/form";

type EditDialogProps<S extends AnySchema> = {
  schema: S;
  values: z.input<S>;
  /** Runs the write: pass `callbacks` on to the mutation. */
  save: (body: z.output<S>, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  pending: boolean;
  label: string;
  /** Completes the button's accessible name: "Edit campaign Spring sale". */
  target: string;
  title: string;
  description: string;
  /** Two columns (from sm) for a form of several fields; one field stands alone in a narrow dialog. */
  columns: 1 | 2;
  children: (form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => React.ReactNode;
};

/**
 * A row's edit: a button that opens its form in a dialog, filled with the row's `values`. Save
 * closes it; a refused save shows at the fields or above the buttons. Closing it drops what was
 * typed, so it opens on the stored values again.
 */
export function EditDialog<S extends AnySchema>(props: EditDialogProps<S>) {
  const { schema, values, save, pending, label, target, title, description, columns, children } = props;
  const [open, setOpen] = useState(false);
  const form = useZodForm(schema, { values });
  const { submit, failure, clearFailure } = useServerSubmit(form, (body, onError) => save(body, { onSuccess: () => setOpen(false), onError }));
  const grid = columns === 2;
  const alert = <FormAlert message={failure} />;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        form.reset(values);
        clearFailure();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          {label}
          <span className="sr-only"> {target}</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} width={grid ? "md" : "sm"}>
        <form onSubmit={submit} noValidate className={grid ? "grid gap-4 sm:grid-cols-2" : "space-y-4"}>
          {children(form)}
          {/* In the grid the alert keeps a full row; in a stack an empty wrapper would still take a gap. */}
          {grid ? <div className="sm:col-span-2">{alert}</div> : alert}
          <div className={grid ? "flex justify-end gap-2 sm:col-span-2" : "flex justify-end gap-2"}>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <SubmitButton label="Save" pending={pending} />
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
