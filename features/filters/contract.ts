import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { CHANNELS, TEAM_KINDS } from "@/lib/enums";

export const optionCampaign = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(CHANNELS),
  starts_on: wire.date.nullable(),
  ends_on: wire.date.nullable(),
});
export const optionTeam = z.object({ id: z.string(), name: z.string(), kind: z.enum(TEAM_KINDS) });

export type OptionCampaign = z.infer<typeof optionCampaign>;
export type OptionTeam = z.infer<typeof optionTeam>;

export const filterEndpoints = {
  options: endpoint({
    method: "GET",
    path: "/api/v1/options",
    tag: "filters",
    summary: "The values the filters offer",
    description: "Every campaign, team and channel, sorted by name: what the filter bar and the admin and spend forms choose from.",
    access: "read",
    response: z.object({ campaigns: z.array(optionCampaign), teams: z.array(optionTeam), channels: z.array(z.enum(CHANNELS)) }),
  }),
};

export type FilterOptions = z.infer<typeof filterEndpoints.options.response>;
