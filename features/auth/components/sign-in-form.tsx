"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, FormField, SubmitButton, useZodForm } from "@/components/ui/form";
import { safeCallbackPath } from "@/features/auth/callback-path";
import { credentials } from "@/features/auth/contract";
import { parseSignInError, waitInWords } from "@/lib/auth/sign-in-error";

/** What the user reads for a failed sign-in's code (lib/auth/sign-in-error.ts); never the server's words. */
function failureMessage(code: string | null | undefined): string | null {
  const failure = parseSignInError(code);
  switch (failure?.kind) {
    case undefined:
      return null;
    case "wrong":
      return "That email and password do not match an active user.";
    case "limited":
      return `Too many attempts; try again in ${waitInWords(failure.retryAfter)}.`;
    case "unavailable":
      return "Tandem cannot reach its database right now; try again in a moment.";
    case "failed":
      return "Signing in failed on the server; try again in a moment.";
  }
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(() => failureMessage(initialError));
  // Signed in: stay "Signing in…" until the next page replaces this one.
  const [leaving, setLeaving] = useState(false);
  const form = useZodForm(credentials, { defaultValues: { email: "", password: "" } });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    // A server that answers no JSON at all (a proxy's error page) is a failure too, not a crash.
    const result = await signIn("credentials", { ...values, redirect: false }).catch(() => undefined);
    if (result?.ok) {
      setLeaving(true);
      router.replace(safeCallbackPath(callbackUrl, "/start"));
      router.refresh();
      return;
    }
    setError(failureMessage(result?.error) ?? failureMessage("failed"));
  });

  const pending = form.formState.isSubmitting || leaving;
  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      <FormField form={form} name="email" label="Email">
        {(props) => <input {...props} {...form.register("email")} type="email" autoComplete="username" autoFocus />}
      </FormField>
      <FormField form={form} name="password" label="Password">
        {(props) => <input {...props} {...form.register("password")} type="password" autoComplete="current-password" />}
      </FormField>
      <FormAlert message={error} />
      <SubmitButton label="Sign in" pendingLabel="Signing in…" pending={pending} className="w-full justify-center" />
    </form>
  );
}
