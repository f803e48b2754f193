import { queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { settingsEndpoints } from "./contract";

export const settingsQueries = {
  all: ["settings"] as const,
  current: () => queryOptions({ queryKey: settingsQueries.all, queryFn: ({ signal }) => apiFetch(settingsEndpoints.settings, { signal }) }),
};
