import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type ApiClientError } from "@/lib/api/client";
import type { BodyIn } from "@/lib/api/contract";
import { spendEndpoints } from "./contract";

/** Spend's queries; every key starts with `spendQueries.all`. Spend is edited live, so never stale. */
export const spendQueries = {
  all: ["spend"] as const,
  rows: (campaign: string) =>
    queryOptions({
      queryKey: [...spendQueries.all, "rows", campaign],
      queryFn: ({ signal }) => apiFetch(spendEndpoints.list, { query: { campaign, pageSize: 1000 }, signal }),
      staleTime: 0,
    }),
  history: (campaign: string) =>
    queryOptions({
      queryKey: [...spendQueries.all, "history", campaign],
      queryFn: ({ signal }) => apiFetch(spendEndpoints.history, { query: { campaign }, signal }),
      staleTime: 0,
    }),
  month: (month: string) =>
    queryOptions({
      queryKey: [...spendQueries.all, "month", month],
      queryFn: ({ signal }) => apiFetch(spendEndpoints.month, { query: { month }, signal }),
      staleTime: 0,
    }),
};

export type SpendInput = BodyIn<typeof spendEndpoints.create>;
export type SpendChange = BodyIn<typeof spendEndpoints.update> & { id: string };
export type SpendRemoval = { id: string; version: number };
export type MonthInput = BodyIn<typeof spendEndpoints.saveMonth>;

/**
 * A spend write. Spend feeds most KPIs (spend, CPL, CAC, ROAS...), so after one every cached
 * reading is stale, not only spend's own keys: it invalidates every query.
 */
function useSpendWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation<Output, ApiClientError, Input>({ mutationFn: write, onSuccess: () => client.invalidateQueries() });
}

export const useCreateSpend = () => useSpendWrite((body: SpendInput) => apiFetch(spendEndpoints.create, { body }));

export const useUpdateSpend = () => useSpendWrite(({ id, ...body }: SpendChange) => apiFetch(spendEndpoints.update, { params: { id }, body }));

export const useDeleteSpend = () =>
  useSpendWrite(({ id, version }: SpendRemoval) => apiFetch(spendEndpoints.remove, { params: { id }, query: { version: String(version) } }));

export const useSaveMonth = () => useSpendWrite((body: MonthInput) => apiFetch(spendEndpoints.saveMonth, { body }));
