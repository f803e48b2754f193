import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath, landingPath } from "@/features/auth/callback-path";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { toApiError } from "@/lib/api/errors";
import { currentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

type Search = { callbackUrl?: string | string[]; error?: string | string[] };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { callbackUrl, error } = await searchParams;
  // The form is shown even when the database is down: signing in then says so.
  const user = await currentUser().catch((e: unknown) => {
    if (toApiError(e).code === "database_unavailable") return null;
    throw e;
  });
  if (user) redirect(safeCallbackPath(callbackUrl, landingPath(user.role)));
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Tandem</h1>
        <p className="mt-1 text-sm text-slate-600">Sales and marketing, same numbers. Sign in to continue.</p>
        <SignInForm callbackUrl={safeCallbackPath(callbackUrl, "/start")} initialError={typeof error === "string" ? error : null} />
      </div>
    </main>
  );
}
