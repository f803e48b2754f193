import { z } from "zod";
import { route } from "@/lib/api/route";
import { checkedFilters, readingQuery } from "@/features/kpis/server/query";
import { sparklines } from "@/features/kpis/server/reports";

const query = readingQuery({ interval: z.enum(["day", "week", "month"], { message: "must be day, week or month" }).default("week") });

/** Every KPI's trend at once, for the scorecard's sparklines (one request instead of forty). */
export const GET = route({ permission: "read", query }, async ({ query }) => {
  return sparklines({ from: query.from, to: query.to }, query.interval, await checkedFilters(query));
});
