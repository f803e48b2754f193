"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { filterParsers, filterValues, resolveFilters, todayUtc, writeFilters, type FilterState } from "@/lib/filters";

/** The shared filter state, kept in the URL (through nuqs) so a view can be bookmarked, shared and reloaded. */
export function useFilters() {
  const [values, setValues] = useQueryStates(filterParsers);
  const { range, from, to, compare, channel, campaign, team } = values;
  const today = todayUtc();
  const filters = useMemo(
    () => resolveFilters({ range, from, to, compare, channel, campaign, team }, today),
    [range, from, to, compare, channel, campaign, team, today],
  );

  // The updater reads the values nuqs has queued, not the rendered ones: two quick changes (a
  // date range, then a channel) must not undo each other.
  const setFilters = useCallback((next: Partial<FilterState>) => setValues((queued) => filterValues({ ...resolveFilters(queued), ...next })), [setValues]);

  /** A link to another page that keeps the filters (and only them), plus the page's own `extra` keys. */
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
