import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { CHANNELS } from "@/lib/enums";
import { filtersApplied, kpiNumber, readingQuery } from "@/features/kpis/contract-shared";

/** A report row is a campaign or a whole channel. */
export const CAMPAIGN_GROUPINGS = ["campaign", "channel"] as const;
export type CampaignGrouping = (typeof CAMPAIGN_GROUPINGS)[number];

const count = z.number().int().nonnegative();

const campaignRow = z.object({
  /** The campaign's id, or the channel when grouped by channel. */
  id: z.string(),
  name: z.string(),
  channel: z.enum(CHANNELS),
  spend: kpiNumber,
  leads: kpiNumber,
  mqls: kpiNumber,
  opportunities: count,
  won: count,
  marketing_revenue: kpiNumber,
  cpl: kpiNumber,
  cost_per_opportunity: kpiNumber,
  roas: kpiNumber,
  arpa: kpiNumber,
});
export type CampaignRow = z.infer<typeof campaignRow>;

export const campaignEndpoints = {
  report: endpoint({
    method: "GET",
    path: "/api/v1/campaigns",
    tag: "campaigns",
    summary: "Spend against results per campaign or per channel",
    description:
      "Every campaign (or channel) with its spend, leads, MQLs, opportunities, revenue, CPL, cost per opportunity, ROAS and ARPA over the period. The team filter does not apply.",
    access: "read",
    query: readingQuery({ by: z.enum(CAMPAIGN_GROUPINGS, { message: "must be campaign or channel" }).default("campaign") }),
    response: z.object({ from: wire.date, to: wire.date, by: z.enum(CAMPAIGN_GROUPINGS), filters: filtersApplied, campaigns: z.array(campaignRow) }),
  }),
};
