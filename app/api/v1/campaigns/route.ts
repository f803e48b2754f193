import { NextResponse } from "next/server";
import { campaignCreate, createCampaign } from "@/features/admin/server/campaigns";
import { route } from "@/lib/api/route";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { checkedFilters } from "@/features/kpis/server/query";
import { getCampaignReport } from "@/features/campaigns/server/get-campaign-report";

export const GET = route(campaignEndpoints.report, async ({ query }) => getCampaignReport(query, await checkedFilters({ ...query, team: undefined }), query.by));

export const POST = route({ permission: "manage:campaigns", body: campaignCreate }, async ({ user, body }) => NextResponse.json(await createCampaign(user, body), { status: 201 }));
