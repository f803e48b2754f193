"use client";

import { ErrorView } from "@/components/layout/error-view";

/** The app's shell itself failed (its layout reads the signed-in user from the database). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="px-4 py-12">
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
