import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { CHANNELS, LEAD_SOURCES } from "@/lib/enums";

/**
 * The handoff inbox's contract, shared by the route handlers and the client (no server imports
 * here). A handoff's state reads docs/kpis.md's columns: accepted_at set = accepted (counts for
 * sal_rate), rejected_at set = rejected, neither = open; first_follow_up_at drives followup_rate
 * and median_hours_to_follow_up.
 */
export const HANDOFF_STATUSES = ["open", "accepted", "rejected"] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export const LIST_STATUSES = [...HANDOFF_STATUSES, "all"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/** The codes the demo data already writes to rejection_reason, plus a catch-all. */
export const REJECTION_REASONS = {
  bad_fit: "Not a fit (size, industry, use case)",
  no_budget: "No budget",
  not_ready: "Not ready to buy yet",
  wrong_contact: "Wrong or bad contact data",
  duplicate: "Duplicate of an existing lead",
  other: "Other",
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;
const REASON_CODES = Object.keys(REJECTION_REASONS) as [RejectionReason, ...RejectionReason[]];

export const MAX_PAGE_SIZE = 100;

export const listQuery = z.object({
  team: z.string().trim().min(1).optional(),
  status: z.enum(LIST_STATUSES, { error: "must be one of open, accepted, rejected, all" }).default("open"),
  page: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more").default(1),
  pageSize: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(25),
});
export type ListQuery = z.output<typeof listQuery>;

const version = z.number({ error: "is required: send the version you read" }).int().min(1);

export const actionBody = z.object({ version });
export const rejectBody = z.object({
  version,
  reason: z.enum(REASON_CODES, { error: `must be one of ${REASON_CODES.join(", ")}` }),
});

/** The follow-up SLA clock of one handoff (features/handoffs/sla.ts). */
export const sla = z.object({
  /** sent_at + the follow-up SLA. */
  dueAt: wire.timestamp,
  /** Hours from sent_at to the follow-up, or to now while there is none. */
  hoursOpen: z.number(),
  /** No follow-up by dueAt (still missing, or made late). */
  breached: z.boolean(),
  /** The clock still runs: no follow-up yet. */
  running: z.boolean(),
});
export type Sla = z.infer<typeof sla>;

const named = z.object({ id: z.string(), name: z.string() });

export const handoffItem = z
  .object({
    id: z.string(),
    version: z.number().int(),
    status: z.enum(HANDOFF_STATUSES),
    team: named,
    sentAt: wire.timestamp,
    acceptedAt: wire.timestamp.nullable(),
    rejectedAt: wire.timestamp.nullable(),
    // Imported data may carry codes outside REJECTION_REASONS.
    rejectionReason: z.string().nullable(),
    firstFollowUpAt: wire.timestamp.nullable(),
    /** Why marketing handed the lead over: the MQL reason. */
    lead: z.object({
      id: z.string(),
      email: z.string().nullable(),
      company: z.string().nullable(),
      score: z.number().int().nullable(),
      source: z.enum(LEAD_SOURCES),
      channel: z.enum(CHANNELS).nullable(),
      campaign: named.nullable(),
      mqlAt: wire.timestamp.nullable(),
    }),
    /** Present while the handoff is open or not yet followed up. */
    sla: sla.nullable(),
  })
  .meta({ id: "Handoff" });
export type HandoffItem = z.infer<typeof handoffItem>;

export const handoffList = z.object({
  /** The team the list is scoped to; null = every team (admin and marketing only). */
  team: named.nullable(),
  /** A sales user who is in no team: the list is empty until an admin adds them to one. */
  noTeam: z.boolean(),
  status: z.enum(LIST_STATUSES),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Handoffs matching the status filter. */
  total: z.number().int(),
  totals: z.object({ all: z.number().int(), open: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  /** Handoffs with no follow-up yet whose SLA has run out, of any state / of open ones. */
  breaches: z.number().int(),
  openBreaches: z.number().int(),
  slaHours: z.number(),
  now: wire.timestamp,
  handoffs: z.array(handoffItem),
});
export type HandoffList = z.infer<typeof handoffList>;

const actionResult = z.object({ handoff: handoffItem });

const byId = z.object({ id: z.string() });
const conflicts = [404, 409];

const action = <B extends typeof actionBody | typeof rejectBody>(path: string, summary: string, body: B, description: string) =>
  endpoint({
    method: "POST",
    path,
    tag: "handoffs",
    summary,
    description,
    access: "update:handoffs",
    params: byId,
    body,
    response: actionResult,
    errors: conflicts,
  });

export const handoffEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/handoffs",
    tag: "handoffs",
    summary: "The handoff inbox",
    description:
      "The leads marketing handed to a sales team, newest first, with the follow-up SLA clock. A sales user reads their own team only (another team answers 403); admin and marketing read any team, or all.",
    access: "read",
    query: listQuery,
    response: handoffList,
    errors: [403],
  }),
  accept: action(
    "/api/v1/handoffs/{id}/accept",
    "Accept a handoff",
    actionBody,
    "Stamps accepted_at. Send the version you read: a changed handoff or a decided one answers 409 with the current handoff.",
  ),
  reject: action(
    "/api/v1/handoffs/{id}/reject",
    "Reject a handoff with a reason",
    rejectBody,
    "Stamps rejected_at and the reason. Send the version you read: a changed handoff or a decided one answers 409 with the current handoff.",
  ),
  followUp: action(
    "/api/v1/handoffs/{id}/follow-up",
    "Mark a handoff followed up",
    actionBody,
    "Stamps first_follow_up_at, which stops the SLA clock; the first follow-up is kept.",
  ),
};
