"use client";

import { ErrorView } from "@/components/layout/error-view";
import "./globals.css";

/** The root layout failed: this replaces it, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 px-4 py-12 text-slate-900 antialiased">
        <title>Tandem</title>
        <ErrorView error={error} retry={retry} />
      </body>
    </html>
  );
}
