"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/** A destructive action that asks once more, in a dialog, before it runs. */
export function ConfirmButton({
  label,
  target,
  question,
  confirmLabel,
  onConfirm,
  pending,
}: {
  label: string;
  target: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="danger" size="sm" disabled={pending}>
          {label}
          <span className="sr-only"> {target}</span>
        </Button>
      </DialogTrigger>
      <DialogContent
        title={question}
        width="sm"
        onOpenAutoFocus={(event) => {
          // The answer the user came for has the focus, as the in-place question had.
          event.preventDefault();
          confirm.current?.focus();
        }}
      >
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary" size="sm">
              Cancel
            </Button>
          </DialogClose>
          <Button
            ref={confirm}
            variant="danger"
            size="sm"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

export function Panel({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-label={title}>
      <h3 className="text-base font-semibold">{title}</h3>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A failed write's message in the table cell of the control that made it. */
export function CellError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="mt-1 max-w-prose whitespace-normal text-sm text-red-800">
      {error.message}
    </p>
  );
}

export function formatTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "never";
}
