import { z } from "zod";

/**
 * The handoff inbox's contract, shared by the route handlers and the client hooks (no server
 * imports here). A handoff's state reads docs/kpis.md's columns: accepted_at set = accepted (counts
 * for sal_rate), rejected_at set = rejected, neither = open; first_follow_up_at drives
 * followup_rate and median_hours_to_follow_up.
 */
export const HANDOFF_STATUSES = ["open", "accepted", "rejected"] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

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
  status: z.enum([...HANDOFF_STATUSES, "all"], { error: "must be one of open, accepted, rejected, all" }).default("open"),
  page: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more").default(1),
  pageSize: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(25),
});
export type ListQuery = z.output<typeof listQuery>;

const version = z.number({ error: "is required: send the version you read" }).int().min(1);

export const actionBody = z.object({ version });
export const rejectBody = z.object({
  version,
  reason: z.enum(REASON_CODES, { error: `must be one of ${REASON_CODES.join(", ")}` }),
});

export type Sla = {
  /** sent_at + the follow-up SLA. */
  dueAt: string;
  /** Hours from sent_at to the follow-up, or to now while there is none. */
  hoursOpen: number;
  /** No follow-up by dueAt (still missing, or made late). */
  breached: boolean;
  /** The clock still runs: no follow-up yet. */
  running: boolean;
};

export type HandoffItem = {
  id: string;
  version: number;
  status: HandoffStatus;
  team: { id: string; name: string };
  sentAt: string;
  acceptedAt: string | null;
  rejectedAt: string | null;
  rejectionReason: string | null;
  firstFollowUpAt: string | null;
  /** Why marketing handed the lead over: the MQL reason. */
  lead: {
    id: string;
    email: string | null;
    company: string | null;
    score: number | null;
    source: string;
    channel: string | null;
    campaign: { id: string; name: string } | null;
    mqlAt: string | null;
  };
  /** Present while the handoff is open or not yet followed up. */
  sla: Sla | null;
};

export type HandoffList = {
  /** The team the list is scoped to; null = every team (admin and marketing only). */
  team: { id: string; name: string } | null;
  /** A sales user who is in no team: the list is empty until an admin adds them to one. */
  noTeam: boolean;
  status: ListQuery["status"];
  page: number;
  pageSize: number;
  /** Handoffs matching the status filter. */
  total: number;
  totals: Record<HandoffStatus | "all", number>;
  /** Handoffs with no follow-up yet whose SLA has run out, of any state / of open ones. */
  breaches: number;
  openBreaches: number;
  slaHours: number;
  now: string;
  handoffs: HandoffItem[];
};

export type ActionResult = { handoff: HandoffItem };

export type Settings = { followUpSlaHours: number };
