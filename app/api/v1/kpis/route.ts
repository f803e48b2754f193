import { route } from "@/lib/api/route";
import { kpiEndpoints } from "@/features/kpis/contract";
import { readKpis } from "@/features/kpis/server/read-kpis";

export const GET = route(kpiEndpoints.list, ({ query }) => readKpis(query));
