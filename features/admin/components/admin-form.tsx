"use client";

import { useId, useState } from "react";
import { fieldError, WriteError } from "@/features/admin/hooks";

export const INPUT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-500";
export const SMALL_INPUT = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200";
export const PRIMARY = "rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60";
export const SECONDARY = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";
export const DANGER = "rounded-md border border-red-300 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

type FieldProps = {
  label: string;
  name: string;
  error: unknown;
  hint?: string;
  /** The API's field name when it differs from the form's. */
  apiField?: string;
};

/**
 * The frame of a form field: its label, and under it the server's error for that field (from the
 * envelope's details) or a hint. `control` gets the props that tie the input to both.
 */
function Field({ label, name, error, hint, apiField, control }: FieldProps & { control: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => React.ReactNode }) {
  const id = useId();
  const message = fieldError(error, apiField ?? name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {control({ id, name, "aria-invalid": message ? true : undefined, "aria-describedby": message || hint ? `${id}-note` : undefined, className: INPUT })}
      <Note id={`${id}-note`} label={label} message={message} hint={hint} />
    </div>
  );
}

export function TextField({ label, name, error, hint, apiField, ...input }: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} name={name} error={error} hint={hint} apiField={apiField} control={(props) => <input {...props} {...input} />} />;
}

export function SelectField({ label, name, error, hint, apiField, children, ...select }: FieldProps & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return <Field label={label} name={name} error={error} hint={hint} apiField={apiField} control={(props) => <select {...props} {...select}>{children}</select>} />;
}

function Note({ id, label, message, hint }: { id: string; label: string; message?: string; hint?: string }) {
  if (message) {
    return (
      <p id={id} className="mt-1 text-sm text-red-700">
        {label} {message}.
      </p>
    );
  }
  return hint ? (
    <p id={id} className="mt-1 text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

/** The message of a failed write that did not name a field (a 409, a 403), or any other failure. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  if (error instanceof WriteError && Object.keys(error.fields).length > 0) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}

/** A destructive action that asks once more, in place, instead of a browser dialog. */
export function ConfirmButton({ label, target, question, confirmLabel, onConfirm, pending }: { label: string; target: string; question: string; confirmLabel: string; onConfirm: () => void; pending?: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={DANGER} onClick={() => setAsking(true)} disabled={pending}>
        {label}
        <span className="sr-only"> {target}</span>
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">{question}</span>
      <button
        type="button"
        className="rounded-md bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
        disabled={pending}
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={SECONDARY} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
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

/** Form values as strings for a JSON body, trimmed except passwords (spaces may be part of one). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, typeof value !== "string" ? "" : key.includes("password") ? value : value.trim()]));
}

export function formatTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "never";
}

/** The admin pages' tables: a hidden caption, one header per column and a last column of actions. */
export function AdminTable({ caption, columns, children }: { caption: string; columns: (string | false)[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {columns.filter((c): c is string => c !== false).map((column) => (
              <th key={column} scope="col" className="py-2 pr-3 font-medium">{column}</th>
            ))}
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A write's error under the table row it belongs to. */
export function RowError({ error, colSpan }: { error: unknown; colSpan: number }) {
  if (!error) return null;
  return (
    <tr>
      <td colSpan={colSpan} className="pb-2"><FormError error={error} /></td>
    </tr>
  );
}
