import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { kpiNumber, readingQuery } from "@/features/kpis/contract-shared";

const count = z.number().int().nonnegative();

const landingPageRow = z.object({
  landing_page: z.string(),
  sessions: count,
  users: count,
  /** bounces ÷ sessions; null without sessions. */
  bounce_rate: kpiNumber,
  conversions: count,
  /** conversions ÷ sessions (docs/kpis.md visit_to_lead_rate per page); null without sessions. */
  conversion_rate: kpiNumber,
});

export const websiteEndpoints = {
  landingPages: endpoint({
    method: "GET",
    path: "/api/v1/landing-pages",
    tag: "website",
    summary: "Traffic and conversion rate per landing page",
    description:
      "Sessions, users, bounce rate, conversions and conversion rate of each landing page over the period, most sessions first. Only the channel filter applies.",
    access: "read",
    query: readingQuery(),
    response: z.object({ from: wire.date, to: wire.date, pages: z.array(landingPageRow) }),
  }),
};
