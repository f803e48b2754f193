import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { readingParams, type FilterState } from "@/lib/filters";
import { campaignEndpoints, type CampaignGrouping } from "./contract";

/** The campaign report's queries: the key holds every input, so a filter change refetches. */
export const campaignQueries = {
  all: ["campaigns"] as const,
  report: (filters: FilterState, by: CampaignGrouping) => {
    const query = { ...readingParams(filters, ["team"]), by };
    return queryOptions({
      queryKey: [...campaignQueries.all, "report", query],
      queryFn: ({ signal }) => apiFetch(campaignEndpoints.report, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};
