import { z } from "zod";
import { route } from "@/lib/api/route";
import { checkedFilters, readingQuery } from "@/features/kpis/server/query";
import { trend } from "@/features/kpis/server/reports";

const query = readingQuery({
  metric: z.string({ message: "is required: a KPI id" }).trim().min(1),
  interval: z.enum(["day", "week", "month"], { message: "must be day, week or month" }).default("day"),
});

export const GET = route({ permission: "read", query }, async ({ query }) => {
  return trend(query.metric, { from: query.from, to: query.to }, query.interval, await checkedFilters(query));
});
