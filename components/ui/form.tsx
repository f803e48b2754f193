"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { get, useForm, type FieldPath, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { ApiClientError } from "@/lib/api/client";

export const INPUT =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-500";

type AnySchema = z.ZodType<FieldValues, FieldValues>;

/**
 * A react-hook-form form validated by the contract's own zod schema, so the browser refuses what
 * the server would. Values are the schema's input (what the inputs hold), submit gets its output.
 */
export function useZodForm<S extends AnySchema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver"> = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  // The resolver's overloads cannot follow a generic schema; its types are the schema's by construction.
  const resolver = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  return useForm<z.input<S>, unknown, z.output<S>>({ resolver, mode: "onSubmit", reValidateMode: "onChange", ...options });
}

/** The props that tie a control to its label and its message; spread them on the input. */
export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

type FormFieldProps = {
  label: string;
  /** The field's message: read from `form` by `name`, or given directly. */
  error?: string;
  form?: { formState: { errors: object } };
  name?: string;
  hint?: React.ReactNode;
  className?: string;
  children: (props: ControlProps) => React.ReactNode;
};

/**
 * A field's frame: its label, the control, and under it the field's error (as "Label message.",
 * the contract's messages start lower-case: "must be an email address") or a hint.
 * `<FormField form={form} name="email" label="Email">{(p) => <input {...p} {...form.register("email")} />}</FormField>`
 */
export function FormField({ label, error, form, name, hint, className, children }: FormFieldProps) {
  const id = useId();
  const formError = form && name ? (get(form.formState.errors, name) as { message?: string } | undefined)?.message : undefined;
  const message = error ?? formError;
  const noteId = `${id}-note`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-invalid": message ? true : undefined, "aria-describedby": message || hint ? noteId : undefined, className: INPUT })}
      {message ? (
        <p id={noteId} className="mt-1 text-sm text-red-700">
          {label} {message.replace(/\.$/, "")}.
        </p>
      ) : hint ? (
        <p id={noteId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Puts a failed write's field errors (ApiClientError.fields, named as the API names them) on the
 * form's fields and returns what is left for a form-level alert: the error's message when no
 * field took it, else null. `rename` maps an API field to a form field when they differ.
 */
export function applyServerErrors<T extends FieldValues, C, O>(
  form: UseFormReturn<T, C, O>,
  error: unknown,
  rename: Record<string, FieldPath<T>> = {},
): string | null {
  if (!(error instanceof ApiClientError)) return error instanceof Error ? error.message : String(error);
  const values = form.getValues() as Record<string, unknown>;
  let placed = false;
  for (const [apiField, message] of Object.entries(error.fields)) {
    const field = rename[apiField] ?? apiField;
    const [root = field] = field.split(".");
    if (!(root in values)) continue;
    form.setError(field as FieldPath<T>, { type: "server", message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed ? null : error.message;
}

/** A form-level message (a failed write no field took, a 409): announced when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
