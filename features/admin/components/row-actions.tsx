"use client";

import { CellError, ConfirmButton } from "./admin-form";

/** A row's delete (or revoke) write: every admin list deletes by the row's id. */
type RemoveMutation = { mutate: (input: { params: { id: string } }) => void; isPending: boolean; error: Error | null };

type RowActionsProps = {
  id: string;
  remove: RemoveMutation;
  /** The row's edit control, beside the delete. */
  edit?: React.ReactNode;
  label?: string;
  confirmLabel?: string;
  /** Completes the button's accessible name: "Delete campaign Spring sale". */
  target: string;
  question: string;
};

/** A row's last cell: its edit control if any, the confirmed delete, and under them a refused delete's message. */
export function RowActions({ id, remove, edit, label = "Delete", confirmLabel = "Yes, delete", target, question }: RowActionsProps) {
  const confirm = (
    <ConfirmButton
      label={label}
      target={target}
      question={question}
      confirmLabel={confirmLabel}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ params: { id } })}
    />
  );
  if (!edit) {
    return (
      <>
        {confirm}
        <CellError error={remove.error} />
      </>
    );
  }
  return (
    <div className="whitespace-nowrap">
      <span className="inline-flex gap-2">
        {edit}
        {confirm}
      </span>
      <CellError error={remove.error} />
    </div>
  );
}
