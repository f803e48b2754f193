import { filterEndpoints } from "@/features/filters/contract";
import { listFilterOptions } from "@/features/filters/server/options";
import { route } from "@/lib/api/route";

export const GET = route(filterEndpoints.options, () => listFilterOptions());
