import { apiDocsEndpoints } from "@/features/api-docs/contract";
import { apiDocument } from "@/features/api-docs/document";
import { route } from "@/lib/api/route";

export const GET = route(apiDocsEndpoints.openapi, async () => Response.json(apiDocument()));
