import { z } from "zod";
import { route } from "@/lib/api/route";
import { checkedFilters, readingQuery } from "@/lib/kpi/query";
import { campaignReport } from "@/lib/kpi/reports";

const query = readingQuery({ by: z.enum(["campaign", "channel"], { message: "must be campaign or channel" }).default("campaign") });

export const GET = route({ permission: "read", query }, async ({ query }) => {
  const filters = await checkedFilters({ ...query, team: undefined });
  return campaignReport({ from: query.from, to: query.to }, filters, query.by);
});
