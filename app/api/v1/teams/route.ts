import { route } from "@/lib/api/route";
import { periodQuery } from "@/lib/kpi/period";
import { teamReport } from "@/lib/kpi/reports";

export const GET = route({ permission: "read", query: periodQuery }, async ({ query }) => teamReport(query));
