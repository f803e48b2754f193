"use client";

import { ErrorView } from "@/components/layout/error-view";

/** A page of the app failed on the server: inside the app's shell, so the navigation stays. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
