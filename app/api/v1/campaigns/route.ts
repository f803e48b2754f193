import { NextResponse } from "next/server";
import { z } from "zod";
import { campaignCreate, createCampaign } from "@/lib/admin/campaigns";
import { route } from "@/lib/api/route";
import { checkedFilters, readingQuery } from "@/lib/kpi/query";
import { campaignReport } from "@/lib/kpi/reports";

const query = readingQuery({ by: z.enum(["campaign", "channel"], { message: "must be campaign or channel" }).default("campaign") });

// GET is the per-campaign report (docs/api.md "Reading"); the plain list is GET /api/v1/options.
export const GET = route({ permission: "read", query }, async ({ query }) => {
  const filters = await checkedFilters({ ...query, team: undefined });
  return campaignReport({ from: query.from, to: query.to }, filters, query.by);
});

export const POST = route({ permission: "manage:campaigns", body: campaignCreate }, async ({ user, body }) => NextResponse.json(await createCampaign(user, body), { status: 201 }));
