"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { get, useForm, type FieldPath, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ApiClientError } from "@/lib/api/client";

export const INPUT =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-500";

export type AnySchema = z.ZodType<FieldValues, FieldValues>;

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

/**
 * A form's submit handler and its form-level failure. `save` gets the valid values and an `onError`
 * to hand the mutation: a refusal's field errors go on the fields, the rest to `failure`.
 * `clearFailure` is for a form that is shown again (a reopened dialog).
 */
export function useServerSubmit<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, save: (body: O, onError: (error: unknown) => void) => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit((body) => {
    setFailure(null);
    save(body, (error) => setFailure(applyServerErrors(form, error)));
  });
  return { submit, failure, clearFailure: () => setFailure(null) };
}

type SubmitProps = { label: string; pendingLabel?: string; pending: boolean };

/** A form's submit button; while the write runs it is disabled and says so (`pendingLabel`). */
export function SubmitButton({ label, pendingLabel = label, pending, className }: SubmitProps & { className?: string }) {
  return (
    <Button type="submit" className={className} disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}

/**
 * The end of a grid form: the submit button, then the form-level alert, each in a row of its own
 * (`className` spans the grid). `children` stand beside the button (a "Created …" note).
 */
export function FormFooter({
  failure,
  className,
  children,
  ...submit
}: SubmitProps & { failure: string | null; className: string; children?: React.ReactNode }) {
  return (
    <>
      {/* A lone button stays in a block row: a flex row would drop the line box around it and change the height. */}
      <div className={children ? `flex flex-wrap items-center gap-3 ${className}` : className}>
        <SubmitButton {...submit} />
        {children}
      </div>
      <div className={className}>
        <FormAlert message={failure} />
      </div>
    </>
  );
}
