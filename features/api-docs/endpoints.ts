import type { AnyEndpoint } from "@/lib/api/contract";
import { adminEndpoints } from "@/features/admin/contract";
import { authEndpoints } from "@/features/auth/contract";
import { campaignEndpoints } from "@/features/campaigns/contract";
import { filterEndpoints } from "@/features/filters/contract";
import { handoffEndpoints } from "@/features/handoffs/contract";
import { settingsEndpoints } from "@/features/settings/contract";
import { exportEndpoints, importEndpoints } from "@/features/imports/contract";
import { kpiEndpoints } from "@/features/kpis/contract";
import { funnelEndpoints } from "@/features/funnel/contract";
import { spendEndpoints } from "@/features/spend/contract";
import { teamEndpoints } from "@/features/teams/contract";
import { websiteEndpoints } from "@/features/website/contract";
import { apiDocsEndpoints } from "./contract";

/** Every endpoint of the API, by feature: the OpenAPI document is built from this list. */
export const ENDPOINTS: readonly AnyEndpoint[] = [
  ...Object.values(apiDocsEndpoints),
  ...Object.values(authEndpoints),
  ...Object.values(campaignEndpoints),
  ...Object.values(filterEndpoints),
  ...Object.values(handoffEndpoints),
  ...Object.values(settingsEndpoints),
  ...Object.values(kpiEndpoints),
  ...Object.values(funnelEndpoints),
  ...Object.values(teamEndpoints),
  ...Object.values(websiteEndpoints),
  ...Object.values(spendEndpoints),
  ...Object.values(importEndpoints),
  ...Object.values(exportEndpoints),
  ...Object.values(adminEndpoints),
];
