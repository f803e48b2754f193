import { route } from "@/lib/api/route";
import { importEndpoints } from "@/features/imports/contract";
import { runImport } from "@/features/imports/server/run-import";

export const POST = route(importEndpoints.run, ({ params, query, user, request }) => runImport(params.table, query, user, request));
