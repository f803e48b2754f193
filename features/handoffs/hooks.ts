"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { FetchError, getJson } from "@/components/hooks/queries";
import type { ActionResult, HandoffItem, HandoffList, ListQuery, RejectionReason, Settings } from "@/features/handoffs/contract";

/** POST/PATCH JSON and unwrap the error envelope, as getJson does for reads. */
async function sendJson<T>(method: "POST" | "PATCH", path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new FetchError(json?.error?.message ?? `The server answered ${response.status}`, response.status);
  return json as T;
}

export type InboxParams = Pick<ListQuery, "status" | "page"> & { team?: string };

function listPath({ status, page, team }: InboxParams) {
  const query = new URLSearchParams({ status, page: String(page), pageSize: "20" });
  if (team) query.set("team", team);
  return `/api/v1/handoffs?${query}`;
}

export function useHandoffs(params: InboxParams) {
  return useQuery({
    queryKey: ["handoffs", params],
    queryFn: () => getJson<HandoffList>(listPath(params)),
    placeholderData: keepPreviousData,
    // The inbox is a work list: new handoffs should show up without a reload.
    staleTime: 30_000,
    refetchInterval: 5 * 60_000,
  });
}

export type HandoffAction = { handoff: HandoffItem } & ({ kind: "accept" } | { kind: "reject"; reason: RejectionReason } | { kind: "follow-up" });

/** What the server will write, applied to the cached list at once (rolled back on an error). */
function optimistic(handoff: HandoffItem, action: HandoffAction, now: string): HandoffItem {
  const next = { ...handoff, version: handoff.version + 1 };
  if (action.kind === "accept") return { ...next, status: "accepted", acceptedAt: now };
  if (action.kind === "reject") return { ...next, status: "rejected", rejectedAt: now, rejectionReason: action.reason };
  return { ...next, firstFollowUpAt: now, sla: handoff.sla && { ...handoff.sla, running: false } };
}

function replaceIn(list: HandoffList | undefined, item: HandoffItem): HandoffList | undefined {
  return list && { ...list, handoffs: list.handoffs.map((h) => (h.id === item.id ? item : h)) };
}

/** Accept, reject or follow up with an optimistic update; the lists and KPIs reload after. */
export function useHandoffAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: HandoffAction) =>
      sendJson<ActionResult>("POST", `/api/v1/handoffs/${encodeURIComponent(action.handoff.id)}/${action.kind}`, {
        version: action.handoff.version,
        ...(action.kind === "reject" ? { reason: action.reason } : {}),
      }),
    onMutate: async (action) => {
      await client.cancelQueries({ queryKey: ["handoffs"] });
      const snapshot = client.getQueriesData<HandoffList>({ queryKey: ["handoffs"] });
      const item = optimistic(action.handoff, action, new Date().toISOString());
      client.setQueriesData<HandoffList>({ queryKey: ["handoffs"] }, (list) => replaceIn(list, item));
      return { snapshot };
    },
    onError: (_error, _action, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key as QueryKey, data);
    },
    onSuccess: ({ handoff }) => {
      client.setQueriesData<HandoffList>({ queryKey: ["handoffs"] }, (list) => replaceIn(list, handoff));
    },
    onSettled: () => {
      // sal_rate and followup_rate read these columns: the dashboards must not show old values.
      for (const key of ["handoffs", "kpis", "teams", "funnel", "trends", "sparklines", "rows"]) client.invalidateQueries({ queryKey: [key] });
    },
  });
}

export function useSettings() {
  return useQuery({ queryKey: ["settings"], queryFn: () => getJson<Settings>("/api/v1/settings") });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => sendJson<Settings>("PATCH", "/api/v1/settings", patch),
    onSuccess: (settings) => {
      client.setQueryData(["settings"], settings);
      client.invalidateQueries({ queryKey: ["handoffs"] });
    },
  });
}

/** The current time, refreshed every `everyMs`, so relative times ("due in 5 h") stay true. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
