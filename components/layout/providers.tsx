"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getQueryClient } from "./query-client";

export function Providers({ children }: { children: React.ReactNode }) {
  // Not useState: React would throw the client away if the first render suspends (TanStack's advice).
  const client = getQueryClient();
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </NuqsAdapter>
  );
}
