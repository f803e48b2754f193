"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readFilters, writeFilters, type FilterState } from "@/lib/filters";

/** The shared filter state, kept in the URL so a view can be bookmarked, shared and reloaded. */
export function useFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const setFilters = useCallback(
    (next: Partial<FilterState>) => {
      const query = writeFilters({ ...filters, ...next }).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [filters, pathname, router],
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
