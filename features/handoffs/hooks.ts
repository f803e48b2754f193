"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { apiFetch } from "@/lib/api/client";
import { funnelQueries } from "@/features/funnel/queries";
import { kpiQueries } from "@/features/kpis/queries";
import { teamQueries } from "@/features/teams/queries";
import { settingsEndpoints, type SettingsPatch } from "@/features/settings/contract";
import { settingsQueries } from "@/features/settings/queries";
import { handoffEndpoints, type HandoffItem, type HandoffList, type RejectionReason } from "./contract";
import { handoffQueries } from "./queries";

export type HandoffAction = { handoff: HandoffItem } & ({ kind: "accept" } | { kind: "reject"; reason: RejectionReason } | { kind: "follow-up" });

// The readings built on the handoff columns: sal_rate and followup_rate (KPIs), the Teams report
// (also its SLA breaches, which follow the setting) and the funnel's SALs.
const READINGS_OF_HANDOFFS = [kpiQueries.all, teamQueries.all, funnelQueries.all];

/** What the server will write, applied to the cached lists at once (rolled back on an error). */
function optimistic(handoff: HandoffItem, action: HandoffAction, now: string): HandoffItem {
  const next = { ...handoff, version: handoff.version + 1 };
  if (action.kind === "accept") return { ...next, status: "accepted", acceptedAt: now };
  if (action.kind === "reject") return { ...next, status: "rejected", rejectedAt: now, rejectionReason: action.reason };
  return { ...next, firstFollowUpAt: now, sla: handoff.sla && { ...handoff.sla, running: false } };
}

function replaceIn(list: HandoffList | undefined, item: HandoffItem): HandoffList | undefined {
  return list && { ...list, handoffs: list.handoffs.map((h) => (h.id === item.id ? item : h)) };
}

function send(action: HandoffAction) {
  const params = { id: action.handoff.id };
  const version = action.handoff.version;
  if (action.kind === "accept") return apiFetch(handoffEndpoints.accept, { params, body: { version } });
  if (action.kind === "reject") return apiFetch(handoffEndpoints.reject, { params, body: { version, reason: action.reason } });
  return apiFetch(handoffEndpoints.followUp, { params, body: { version } });
}

/** Accept, reject or follow up with an optimistic update; the lists and the readings reload after. */
export function useHandoffAction() {
  const client = useQueryClient();
  const lists = { queryKey: handoffQueries.all };
  return useMutation({
    mutationFn: send,
    onMutate: async (action) => {
      await client.cancelQueries(lists);
      const snapshot = client.getQueriesData<HandoffList>(lists);
      const item = optimistic(action.handoff, action, new Date().toISOString());
      client.setQueriesData<HandoffList>(lists, (list) => replaceIn(list, item));
      return { snapshot };
    },
    onError: (_error, _action, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
    },
    onSuccess: ({ handoff }) => {
      client.setQueriesData<HandoffList>(lists, (list) => replaceIn(list, handoff));
    },
    onSettled: () => Promise.all([handoffQueries.all, ...READINGS_OF_HANDOFFS].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

/** Saves settings; the inbox's SLA clocks and counts follow the new SLA. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => apiFetch(settingsEndpoints.updateSettings, { body: patch }),
    onSuccess: (settings) => {
      client.setQueryData(settingsQueries.all, settings);
      return Promise.all([handoffQueries.all, teamQueries.all].map((queryKey) => client.invalidateQueries({ queryKey })));
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
