import { route } from "@/lib/api/route";
import { kpiEndpoints } from "@/features/kpis/contract";
import { readKpiRows } from "@/features/kpis/server/read-kpis";

export const GET = route(kpiEndpoints.rows, ({ params, query }) => readKpiRows(params.id, query));
