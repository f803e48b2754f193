"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readFilters, writeFilters, type FilterState } from "@/lib/filters";

/** The shared filter state, kept in the URL so a view can be bookmarked, shared and reloaded. */
export function useFilters() {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const setFilters = useCallback(
    (next: Partial<FilterState>) => {
      // Read the URL at call time, not the rendered state: two quick changes (a date range, then
      // a channel) must not undo each other. Next.js syncs useSearchParams with history.replaceState.
      const current = readFilters(new URLSearchParams(window.location.search));
      const query = writeFilters({ ...current, ...next }).toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  /** A link to another page that keeps the filters. */
  const href = useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const query = writeFilters(filters);
      for (const [key, value] of Object.entries(extra)) query.set(key, value);
      const text = query.toString();
      return text ? `${path}?${text}` : path;
    },
    [filters],
  );
  return { filters, setFilters, href };
}
