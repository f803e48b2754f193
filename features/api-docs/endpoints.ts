import type { AnyEndpoint } from "@/lib/api/contract";
import { authEndpoints } from "@/features/auth/contract";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { filterEndpoints } from "@/features/filters/contract";
import { exportEndpoints, importEndpoints } from "@/features/imports/contract";
import { spendEndpoints } from "@/features/spend/contract";
import { apiDocsEndpoints } from "./contract";

/** Every endpoint of the API, by feature: the OpenAPI document is built from this list. */
export const ENDPOINTS: readonly AnyEndpoint[] = [
  ...Object.values(apiDocsEndpoints),
  ...Object.values(authEndpoints),
  ...Object.values(campaignEndpoints),
  ...Object.values(filterEndpoints),
  ...Object.values(spendEndpoints),
  ...Object.values(importEndpoints),
  ...Object.values(exportEndpoints),
];
