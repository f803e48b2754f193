import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { filtersApplied, kpiNumber, readingQuery } from "@/features/kpis/contract-shared";

export const campaignRow = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.string(),
  spend: kpiNumber,
  leads: kpiNumber,
  mqls: kpiNumber,
  opportunities: kpiNumber,
  won: kpiNumber,
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
    description: "Every campaign (or channel) with its spend, leads, MQLs, opportunities, revenue, CPL, cost per opportunity, ROAS and ARPA over the period. The team filter does not apply.",
    access: "read",
    query: readingQuery({ by: z.enum(["campaign", "channel"], { message: "must be campaign or channel" }).default("campaign") }),
    response: z.object({ from: wire.date, to: wire.date, by: z.enum(["campaign", "channel"]), filters: filtersApplied, campaigns: z.array(campaignRow) }),
  }),
};
