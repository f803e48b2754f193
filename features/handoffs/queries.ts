import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { handoffEndpoints, type ListStatus } from "./contract";

/** What the inbox shows: the status tab, the team (admin and marketing) and the page. */
export type InboxParams = { status: ListStatus; page: number; team?: string };

const PAGE_SIZE = 20;

/** The inbox's queries; every list is under `all`, so an action refreshes each of them. */
export const handoffQueries = {
  all: ["handoffs"] as const,
  list: (params: InboxParams) =>
    queryOptions({
      queryKey: [...handoffQueries.all, "list", params],
      queryFn: ({ signal }) => apiFetch(handoffEndpoints.list, { query: { ...params, pageSize: PAGE_SIZE }, signal }),
      placeholderData: keepPreviousData,
      // The inbox is a work list: new handoffs should show up without a reload.
      staleTime: 30_000,
      refetchInterval: 5 * 60_000,
    }),
};
