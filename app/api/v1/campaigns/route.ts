import { adminEndpoints } from "@/features/admin/contract";
import { createCampaign } from "@/features/admin/server/campaigns";
import { route } from "@/lib/api/route";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { checkedFilters } from "@/features/kpis/server/query";
import { getCampaignReport } from "@/features/campaigns/server/get-campaign-report";

export const GET = route(campaignEndpoints.report, async ({ query }) =>
  getCampaignReport(query, await checkedFilters({ ...query, team: undefined }), query.by),
);

export const POST = route(adminEndpoints.createCampaign, ({ user, body }) => createCampaign(user, body));
