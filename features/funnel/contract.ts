import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { filtersApplied, readingQuery } from "@/features/kpis/contract-shared";

/** The funnel's stages in order (docs/api.md GET /api/v1/funnel). */
export const FUNNEL_STAGES = [
  { id: "leads", label: "Leads" },
  { id: "mqls", label: "MQLs" },
  { id: "sals", label: "SALs (handoff accepted)" },
  { id: "sqls", label: "SQLs" },
  { id: "opportunities", label: "Opportunities" },
  { id: "quoted", label: "Quoted" },
  { id: "won", label: "Won" },
] as const;
export type FunnelStageId = (typeof FUNNEL_STAGES)[number]["id"];
const STAGE_IDS = FUNNEL_STAGES.map((stage) => stage.id) as [FunnelStageId, ...FunnelStageId[]];

/** Weeks after an MQL at which the cohort table looks how far the MQLs got. */
export const COHORT_WEEKS = [1, 2, 4, 8] as const;

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1).nullable();

const funnelStage = z.object({
  id: z.enum(STAGE_IDS),
  label: z.string(),
  count,
  /** count ÷ the previous stage's count; null for the first stage and after an empty one. */
  conversionFromPrevious: z.number().nonnegative().nullable(),
  /** The previous stage's count minus this one's (negative when more leads reached this stage). */
  dropOff: z.number().int().nullable(),
  /** Σ amount of the stage's opportunities; null for the stages before opportunities. */
  amount: z.number().nullable(),
});

const cohortCell = z.object({ weeks: z.number().int().positive(), share });

const mqlCohort = z.object({
  start: wire.date,
  end: wire.date,
  mqls: count,
  sql: z.array(cohortCell),
  won: z.array(cohortCell),
});

export const funnelEndpoints = {
  report: endpoint({
    method: "GET",
    path: "/api/v1/funnel",
    tag: "funnel",
    summary: "The cohort of leads created in the period and how far they got",
    description:
      "Stages leads, mqls, sals (handoff accepted), sqls, opportunities, quoted and won, each with its count, conversion from the previous stage and drop-off; opportunity stages also sum their amounts. Channel and campaign filter the leads; the team filter applies to their handoffs and opportunities.",
    access: "read",
    query: readingQuery(),
    response: z.object({ from: wire.date, to: wire.date, filters: filtersApplied, stages: z.array(funnelStage) }),
  }),
  cohorts: endpoint({
    method: "GET",
    path: "/api/v1/funnel/cohorts",
    tag: "funnel",
    summary: "MQL-week cohorts: the share that reached SQL and won within 1, 2, 4 and 8 weeks",
    description:
      "The leads that became MQLs in each ISO week of the period and the share of them that reached SQL and won within each number of weeks of their MQL date. A share is null until every MQL of the week has had that long. Channel and campaign filter the leads; the team filter applies to the winning opportunity.",
    access: "read",
    query: readingQuery(),
    response: z.object({ from: wire.date, to: wire.date, filters: filtersApplied, weeks: z.array(z.number().int().positive()), cohorts: z.array(mqlCohort) }),
  }),
};
