"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FetchError, getJson } from "@/components/hooks/queries";
import type { MonthResponse, MonthSaveResponse, SpendHistoryResponse, SpendListResponse, SpendRow } from "@/features/spend/contract";

export type FieldProblem = { field: string | null; message: string };

/** A failed write with the envelope's code and details, so forms can show them at the field. */
export class SpendError extends FetchError {
  constructor(
    message: string,
    status: number,
    readonly code: string,
    readonly details: unknown,
  ) {
    super(message, status);
  }

  /** Field messages of a 400 (`details: [{field, message}]`), keyed by field. */
  fieldErrors(): Record<string, string> {
    if (!Array.isArray(this.details)) return {};
    return Object.fromEntries((this.details as FieldProblem[]).filter((d) => d.field).map((d) => [d.field!, d.message]));
  }
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    throw new SpendError(json?.error?.message ?? `The server answered ${response.status}`, response.status, json?.error?.code ?? "internal", json?.error?.details);
  }
  return json as T;
}

export const spendKeys = {
  rows: (campaign: string) => ["spend", "rows", campaign] as const,
  history: (campaign: string) => ["spend", "history", campaign] as const,
  month: (month: string) => ["spend", "month", month] as const,
};

export function useSpendRows(campaign: string | null) {
  return useQuery({
    queryKey: spendKeys.rows(campaign ?? ""),
    queryFn: () => getJson<SpendListResponse>(`/api/v1/spend?${new URLSearchParams({ campaign: campaign ?? "", pageSize: "1000" })}`),
    enabled: Boolean(campaign),
    staleTime: 0,
  });
}

export function useSpendHistory(campaign: string | null) {
  return useQuery({
    queryKey: spendKeys.history(campaign ?? ""),
    queryFn: () => getJson<SpendHistoryResponse>(`/api/v1/spend/history?${new URLSearchParams({ campaign: campaign ?? "" })}`),
    enabled: Boolean(campaign),
    staleTime: 0,
  });
}

export function useSpendMonth(month: string) {
  return useQuery({
    queryKey: spendKeys.month(month),
    queryFn: () => getJson<MonthResponse>(`/api/v1/spend/month?${new URLSearchParams({ month })}`),
    staleTime: 0,
  });
}

/** Spend feeds most KPIs, so after a write every cached reading is stale, not only spend's. */
function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export type SpendInput = { campaign_id: string; period_start: string; period_end: string; amount: string; note: string | null };

export function useCreateSpend() {
  const invalidate = useInvalidateAll();
  return useMutation<SpendRow, SpendError, SpendInput>({ mutationFn: (input) => send("POST", "/api/v1/spend", input), onSuccess: invalidate });
}

export function useUpdateSpend() {
  const invalidate = useInvalidateAll();
  return useMutation<SpendRow, SpendError, Partial<SpendInput> & { id: string; version: number }>({
    mutationFn: ({ id, ...input }) => send("PATCH", `/api/v1/spend/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteSpend() {
  const invalidate = useInvalidateAll();
  return useMutation<{ deleted: SpendRow }, SpendError, { id: string; version: number }>({
    mutationFn: ({ id, version }) => send("DELETE", `/api/v1/spend/${encodeURIComponent(id)}?version=${version}`),
    onSuccess: invalidate,
  });
}

export type MonthRowInput = { campaign_id: string; amount: string; version: number | null };

export function useSaveMonth() {
  const invalidate = useInvalidateAll();
  return useMutation<MonthSaveResponse, SpendError, { month: string; rows: MonthRowInput[] }>({
    mutationFn: (input) => send("PUT", "/api/v1/spend/month", input),
    onSuccess: invalidate,
  });
}
