import { adminEndpoints } from "@/features/admin/contract";
import { createCampaign } from "@/features/admin/server/campaigns";
import { route } from "@/lib/api/route";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { checkedFilters } from "@/features/kpis/server/query";
import { campaignReport } from "@/features/kpis/server/reports";

export const GET = route(campaignEndpoints.report, async ({ query }) => {
  const filters = await checkedFilters({ ...query, team: undefined });
  return campaignReport({ from: query.from, to: query.to }, filters, query.by);
});

export const POST = route(adminEndpoints.createCampaign, ({ user, body }) => createCampaign(user, body));
