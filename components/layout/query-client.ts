import { environmentManager, QueryClient } from "@tanstack/react-query";

// KPIs change when data is imported, not by the second: a minute of freshness is plenty.
const queries = { staleTime: 60_000, refetchOnWindowFocus: false, retry: 1 };

let browserClient: QueryClient | undefined;

/**
 * TanStack's pattern for server rendering: on the server every render gets a fresh client with
 * the server's default gcTime (Infinity, so no timer holds it) that is garbage with the render; a
 * 10-minute gcTime there kept each render's cache alive for 10 minutes. The browser keeps one
 * client for the page's life, whose unused queries outlive a navigation by 10 minutes.
 */
export function getQueryClient(): QueryClient {
  if (environmentManager.isServer()) return new QueryClient({ defaultOptions: { queries } });
  browserClient ??= new QueryClient({ defaultOptions: { queries: { ...queries, gcTime: 10 * 60_000 } } });
  return browserClient;
}
