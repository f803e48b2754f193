"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AdminCampaign } from "@/features/admin/server/campaigns";
import type { AdminTarget } from "@/features/admin/server/targets";
import type { AdminTeam } from "@/features/admin/server/teams";
import type { AdminToken } from "@/features/admin/server/tokens";
import type { AdminUser } from "@/features/admin/server/users";
import { FetchError, getJson } from "@/components/hooks/queries";

export type { AdminCampaign, AdminTarget, AdminTeam, AdminToken, AdminUser };
export type FieldErrors = Record<string, string>;

/** A failed write, with the envelope's per-field details so a form can show them at the field. */
export class WriteError extends FetchError {
  constructor(
    message: string,
    status: number,
    readonly fields: FieldErrors,
  ) {
    super(message, status);
  }
}

function fieldsOf(details: unknown): FieldErrors {
  if (!Array.isArray(details)) return {};
  const fields: FieldErrors = {};
  for (const d of details as { field?: unknown; message?: unknown }[]) {
    if (typeof d?.field === "string" && typeof d.message === "string" && !fields[d.field]) fields[d.field] = d.message;
  }
  return fields;
}

/** Sends a write to an /api/v1 path; a 204 answers null. */
export async function sendJson<T>(method: "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const envelope = await response.json().catch(() => null);
    throw new WriteError(envelope?.error?.message ?? `The server answered ${response.status}`, response.status, fieldsOf(envelope?.error?.details));
  }
  return (response.status === 204 ? null : await response.json()) as T;
}

/** A field's message from a failed write, if the server named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof WriteError ? error.fields[field] : undefined;
}

export function useAdminUsers(enabled = true) {
  return useQuery({ queryKey: ["admin", "users"], queryFn: () => getJson<{ users: AdminUser[] }>("/api/v1/users"), enabled });
}

/** Teams and campaigns as the filter bar also reads them (GET /api/v1/teams is the team report). */
export function useAdminOptions() {
  return useQuery({ queryKey: ["options"], queryFn: () => getJson<{ teams: AdminTeam[]; campaigns: AdminCampaign[]; channels: string[] }>("/api/v1/options") });
}

export function useAdminTargets(enabled = true) {
  return useQuery({ queryKey: ["admin", "targets"], queryFn: () => getJson<{ targets: AdminTarget[] }>("/api/v1/targets"), enabled });
}

export function useAdminTokens() {
  return useQuery({ queryKey: ["admin", "tokens"], queryFn: () => getJson<{ tokens: AdminToken[] }>("/api/v1/tokens") });
}

type Write = { method: "POST" | "PATCH" | "DELETE"; path: string; body?: unknown };

/**
 * One mutation hook for the admin writes: each call names its method and path, and the lists it
 * changes are refetched (`invalidates` are query-key prefixes).
 */
export function useAdminWrite<T = unknown>(invalidates: string[][]) {
  const client = useQueryClient();
  return useMutation<T, Error, Write>({
    mutationFn: ({ method, path, body }) => sendJson<T>(method, path, body),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const useUserWrite = () => useAdminWrite<AdminUser>([["admin", "users"]]);
// Teams and campaigns also feed the filter bar (options) and the reports.
export const useTeamWrite = () => useAdminWrite<AdminTeam | null>([["options"], ["teams"]]);
export const useCampaignWrite = () => useAdminWrite<AdminCampaign | null>([["options"], ["campaigns"]]);
export const useTargetWrite = () => useAdminWrite<AdminTarget | null>([["admin", "targets"], ["kpis"]]);
export const useTokenWrite = <T = AdminToken>() => useAdminWrite<T>([["admin", "tokens"]]);
