"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { isDatabaseUnavailable, retryDelay } from "@/lib/db-unavailable";

/**
 * Each failed try may mount this page afresh, so the count of tries lives outside it; a try more
 * than a few minutes after the last one starts a new outage at the shortest delay.
 */
const tries = { count: 0, last: 0 };
const NEW_OUTAGE_MS = 3 * 60_000;

/** Tries again by itself while the database is away: after 2 s, then doubling up to 30 s between tries. */
function useAutomaticRetry(active: boolean, error: unknown, retry: () => void) {
  useEffect(() => {
    if (!active) return;
    if (Date.now() - tries.last > NEW_OUTAGE_MS) tries.count = 0;
    const timer = setTimeout(() => {
      tries.count += 1;
      tries.last = Date.now();
      retry();
    }, retryDelay(tries.count));
    return () => clearTimeout(timer);
    // A failed try hands a new error, which schedules the next one.
  }, [active, error, retry]);
}

/**
 * What a page shows when rendering it failed on the server (app/error.tsx, app/(app)/error.tsx,
 * app/global-error.tsx). Never the error's message: in development it may name the database's host.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const unavailable = isDatabaseUnavailable(error);
  useAutomaticRetry(unavailable, error, retry);

  if (unavailable) {
    return (
      <section aria-labelledby="error-heading" className="mx-auto max-w-xl space-y-4 rounded-lg border border-amber-200 bg-amber-50 p-6 text-amber-950">
        <h1 id="error-heading" className="text-xl font-semibold">
          Tandem cannot reach its database right now. Retrying…
        </h1>
        <p className="text-sm">This page comes back by itself as soon as the database answers again: Tandem tries every few seconds, then every half minute.</p>
        <Button onClick={retry}>Retry now</Button>
      </section>
    );
  }

  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    <section aria-labelledby="error-heading" className="mx-auto max-w-xl space-y-4 rounded-lg border border-red-200 bg-red-50 p-6 text-red-950">
      <h1 id="error-heading" className="text-xl font-semibold">
        Something went wrong
      </h1>
      <p className="text-sm">
        Tandem could not show this page. The error has been logged on the server{typeof digest === "string" ? ` (reference ${digest})` : ""}.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={retry}>Try again</Button>
        <Button variant="secondary" asChild>
          <Link href="/">Go to the overview</Link>
        </Button>
      </div>
    </section>
  );
}
