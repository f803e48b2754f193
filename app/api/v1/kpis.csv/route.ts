import { route } from "@/lib/api/route";
import { kpiEndpoints } from "@/features/kpis/contract";
import { kpisCsv } from "@/features/kpis/server/read-kpis";

export const GET = route(kpiEndpoints.csv, ({ query }) => kpisCsv(query));
