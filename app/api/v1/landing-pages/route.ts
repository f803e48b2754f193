import { route } from "@/lib/api/route";
import { checkedFilters } from "@/features/kpis/server/query";
import { websiteEndpoints } from "@/features/website/contract";
import { getLandingPages } from "@/features/website/server/get-landing-pages";

export const GET = route(websiteEndpoints.landingPages, async ({ query }) => getLandingPages(query, await checkedFilters(query)));
