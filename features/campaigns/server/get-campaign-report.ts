import "server-only";
import { db } from "@/lib/db/client";
import type { Period } from "@/lib/dates";
import { CHANNELS, type Channel } from "@/lib/enums";
import { kpiBreakdown } from "@/features/kpis/server/kpi-breakdown";
import type { Filters } from "@/features/kpis/server/measures";
import type { CampaignGrouping } from "../contract";

const CAMPAIGN_KPIS = ["spend", "leads", "mqls", "marketing_revenue", "cpl", "cost_per_opportunity", "roas", "arpa"] as const;
const CAMPAIGN_MEASURES = ["opportunities_created", "opportunities_won"] as const;

/** The rows of the report: every campaign, or every channel, that the channel filter lets through. */
async function groups(by: CampaignGrouping, filters: Filters) {
  if (by === "campaign") {
    return db().campaign.findMany({ where: filters.channel ? { channel: filters.channel as Channel } : {}, orderBy: { name: "asc" } });
  }
  return CHANNELS.filter((channel) => !filters.channel || channel === filters.channel).map((channel) => ({ id: channel, name: channel, channel }));
}

/** docs/api.md GET /api/v1/campaigns: per campaign (or per channel), spend against results. */
export async function getCampaignReport(period: Period, filters: Filters, by: CampaignGrouping) {
  const [valuesOf, rows] = await Promise.all([kpiBreakdown(period, CAMPAIGN_KPIS, CAMPAIGN_MEASURES, by, filters), groups(by, filters)]);
  return {
    from: period.from,
    to: period.to,
    by,
    filters,
    campaigns: rows.map((row) => {
      const v = valuesOf(row.id);
      return {
        id: row.id,
        name: row.name,
        channel: row.channel,
        spend: v.spend,
        leads: v.leads,
        mqls: v.mqls,
        opportunities: v.opportunities_created,
        won: v.opportunities_won,
        marketing_revenue: v.marketing_revenue,
        cpl: v.cpl,
        cost_per_opportunity: v.cost_per_opportunity,
        roas: v.roas,
        arpa: v.arpa,
      };
    }),
  };
}
