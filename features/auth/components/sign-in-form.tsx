"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, FormField, SubmitButton, useZodForm } from "@/components/ui/form";
import { credentials } from "@/features/auth/contract";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // Signed in: stay "Signing in…" until the next page replaces this one.
  const [leaving, setLeaving] = useState(false);
  const form = useZodForm(credentials, { defaultValues: { email: "", password: "" } });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok) {
      setLeaving(true);
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setError(result?.status === 503 ? "The database is unreachable; try again in a moment." : "That email and password do not match an active user.");
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
