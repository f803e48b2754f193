import { route } from "@/lib/api/route";
import { exportEndpoints } from "@/features/imports/contract";
import { exportResponse } from "@/features/imports/server/export";

export const GET = route(exportEndpoints.table, async ({ params }) => exportResponse(params.table));
