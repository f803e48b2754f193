import type { AnyEndpoint } from "@/lib/api/contract";
import { adminEndpoints } from "@/features/admin/contract";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { handoffEndpoints } from "@/features/handoffs/contract";
import { apiDocsEndpoints } from "./contract";

/** Every endpoint of the API, by feature: the OpenAPI document is built from this list. */
export const ENDPOINTS: readonly AnyEndpoint[] = [
  ...Object.values(apiDocsEndpoints),
  ...Object.values(campaignEndpoints),
  ...Object.values(handoffEndpoints),
  ...Object.values(adminEndpoints),
];
