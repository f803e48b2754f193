import { z } from "zod";
import { route } from "@/lib/api/route";
import { periodQuery } from "@/lib/dates";
import { TEAM_TREND_METRICS, teamTrends } from "@/features/kpis/server/reports";

const query = periodQuery.and(
  z.object({
    metric: z.enum(TEAM_TREND_METRICS, { message: `must be one of ${TEAM_TREND_METRICS.join(", ")}` }).default("win_rate"),
    interval: z.enum(["week", "month"], { message: "must be week or month" }).default("week"),
  }),
);

export const GET = route({ permission: "read", query }, async ({ query }) => {
  return teamTrends(query.metric, { from: query.from, to: query.to }, query.interval);
});
