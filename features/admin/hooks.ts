"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { AnyEndpoint, ResponseOf } from "@/lib/api/contract";
import { apiFetch } from "@/lib/api/client";
import { campaignQueries } from "@/features/campaigns/queries";
import { filterQueries } from "@/features/filters/queries";
import { kpiQueries } from "@/features/kpis/queries";
import { teamQueries } from "@/features/teams/queries";
import { adminEndpoints, type AdminUser } from "./contract";
import { adminQueries } from "./queries";

/** What a call of `endpoint` takes: its params and body, as apiFetch types them. */
type CallOf<E extends AnyEndpoint> = NonNullable<Parameters<typeof apiFetch<E>>[1]>;

/**
 * One admin write: calls the endpoint and refetches the lists it changes. Each row's control has
 * its own, so a refused change shows next to the row it belongs to.
 */
function useAdminWrite<E extends AnyEndpoint>(endpoint: E, invalidates: QueryKey[], onSuccess?: (data: ResponseOf<E>) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallOf<E>) => (apiFetch as (endpoint: E, input: CallOf<E>) => Promise<ResponseOf<E>>)(endpoint, input),
    onSuccess: (data) => {
      onSuccess?.(data);
      return Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

/** Writes the changed user into the cached list at once, so a select does not flash the old value. */
function usePutUser() {
  const client = useQueryClient();
  return (user: AdminUser) =>
    client.setQueryData(adminQueries.users().queryKey, (list) => list && { users: list.users.map((u) => (u.id === user.id ? user : u)) });
}

const USERS = [adminQueries.users().queryKey];
// Teams and campaigns are the filter options, and rows of their reports.
const TEAMS = [filterQueries.all, teamQueries.all];
const CAMPAIGNS = [filterQueries.all, campaignQueries.all];
// A KPI's status is judged against its target.
const TARGETS = [adminQueries.targets().queryKey, kpiQueries.all];
const TOKENS = [adminQueries.tokens().queryKey];

export const useCreateUser = () => useAdminWrite(adminEndpoints.createUser, USERS);
export const useUpdateUser = () => useAdminWrite(adminEndpoints.updateUser, USERS, usePutUser());
export const useDeactivateUser = () => useAdminWrite(adminEndpoints.deactivateUser, USERS, usePutUser());

export const useCreateTeam = () => useAdminWrite(adminEndpoints.createTeam, TEAMS);
export const useUpdateTeam = () => useAdminWrite(adminEndpoints.updateTeam, TEAMS);
export const useDeleteTeam = () => useAdminWrite(adminEndpoints.deleteTeam, TEAMS);

export const useCreateCampaign = () => useAdminWrite(adminEndpoints.createCampaign, CAMPAIGNS);
export const useUpdateCampaign = () => useAdminWrite(adminEndpoints.updateCampaign, CAMPAIGNS);
export const useDeleteCampaign = () => useAdminWrite(adminEndpoints.deleteCampaign, CAMPAIGNS);

export const useCreateTarget = () => useAdminWrite(adminEndpoints.createTarget, TARGETS);
export const useUpdateTarget = () => useAdminWrite(adminEndpoints.updateTarget, TARGETS);
export const useDeleteTarget = () => useAdminWrite(adminEndpoints.deleteTarget, TARGETS);

export const useCreateToken = () => useAdminWrite(adminEndpoints.createToken, TOKENS);
export const useRevokeToken = () => useAdminWrite(adminEndpoints.revokeToken, TOKENS);
