import { Channel, LeadSource, OpportunityStage, Role, TeamKind } from "@prisma/client";

/**
 * The data model's enums, taken from the one source (prisma/schema.prisma through the generated
 * client; in the browser Prisma's index-browser build serves the same values) as literal tuples
 * for zod and the UI. Nothing else restates them.
 */
const tuple = <T extends string>(values: Record<string, T>) => Object.values(values) as [T, ...T[]];

export const CHANNELS = tuple(Channel);
export const LEAD_SOURCES = tuple(LeadSource);
export const OPPORTUNITY_STAGES = tuple(OpportunityStage);
export const ROLES = tuple(Role);
export const TEAM_KINDS = tuple(TeamKind);

export type { Channel, LeadSource, OpportunityStage, Role, TeamKind };
