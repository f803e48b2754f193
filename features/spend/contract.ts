import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { isoDate } from "@/lib/dates";
import { amountProblem, normalizeAmount } from "./amount";

/** "is required" when a field is missing, else the given message. */
const requiredOr = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message) });

const date = z.string(requiredOr("must be a date YYYY-MM-DD")).pipe(isoDate);

const campaignId = z.string(requiredOr("must be a campaign id")).trim().min(1, "is required").max(200, "is too long");

/**
 * An amount as JSON text ("1234.56", preferred) or a JSON number: every valid numeric(14,2)
 * value has at most 14 significant digits, so a number's shortest text is still exact.
 */
export const amountField = z.union([z.string(), z.number()], requiredOr("must be an amount like 1234.56")).transform((value, ctx) => {
  const text = typeof value === "number" ? String(value) : value;
  const problem = amountProblem(text);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return normalizeAmount(text);
});

/** Text or null; empty text is stored as null. */
const note = z
  .string({ error: "must be text or null" })
  .trim()
  .max(500, "must be at most 500 characters")
  .nullable()
  .transform((value) => value || null);

export const spendCreateSchema = z
  .object({ campaign_id: campaignId, period_start: date, period_end: date, amount: amountField, note: note.optional().transform((value) => value ?? null) })
  .refine((row) => row.period_end >= row.period_start, { message: "must not be before period start", path: ["period_end"] });

export const spendPatchSchema = z.object({
  version: z.number(requiredOr("must be the version you read (a whole number)")).int("must be a whole number").min(1, "must be 1 or more"),
  campaign_id: campaignId.optional(),
  period_start: date.optional(),
  period_end: date.optional(),
  amount: amountField.optional(),
  // Absent leaves the note as it is; null or "" clears it.
  note: note.optional(),
});

export const spendDeleteQuery = z.object({
  version: z
    .string(requiredOr("must be the version you read"))
    .regex(/^[1-9]\d{0,9}$/, "must be the version you read (a whole number)")
    .transform(Number),
});

export const spendListQuery = z
  .object({
    campaign: z.string().trim().min(1, "must not be empty").max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    page: z.coerce.number({ error: "must be a whole number" }).int().min(1).default(1),
    pageSize: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(1000, "must be at most 1000").default(500),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after `to`", path: ["from"] });

export const historyQuery = z.object({ campaign: z.string(requiredOr("must be a campaign id")).trim().min(1, "is required").max(200) });

export const monthField = z.string(requiredOr("must be a month YYYY-MM")).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM");

export const monthQuery = z.object({ month: monthField });

export const monthSaveSchema = z
  .object({
    month: monthField,
    rows: z
      .array(
        z.object({
          campaign_id: campaignId,
          amount: amountField,
          // The version of the whole-month row the user saw; absent or null when there was none.
          version: z.number({ error: "must be a whole number or null" }).int().min(1).nullish(),
        }),
        requiredOr("must be a list of {campaign_id, amount, version}"),
      )
      .max(2000, "must have at most 2000 rows"),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.rows.forEach((row, index) => {
      if (seen.has(row.campaign_id)) ctx.addIssue({ code: "custom", message: "appears twice in this month", path: ["rows", index, "campaign_id"] });
      seen.add(row.campaign_id);
    });
  });

export type SpendCreate = z.output<typeof spendCreateSchema>;
export type SpendPatch = z.output<typeof spendPatchSchema>;
export type SpendListQuery = z.output<typeof spendListQuery>;
export type MonthSave = z.output<typeof monthSaveSchema>;

/** One spend row as the API answers it: dates as YYYY-MM-DD, the amount as decimal text. */
export const spendRow = z
  .object({
    id: z.string(),
    campaign_id: z.string(),
    campaign_name: z.string().nullable(),
    period_start: wire.date,
    period_end: wire.date,
    amount: wire.money,
    note: z.string().nullable(),
    entered_by: z.string().nullable(),
    entered_at: wire.timestamp,
    version: z.number().int(),
  })
  .meta({ id: "SpendRow" });
export type SpendRow = z.infer<typeof spendRow>;

const spendList = z.object({ spend: z.array(spendRow), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
export type SpendListResponse = z.infer<typeof spendList>;

const historyEntry = z.object({
  id: z.string(),
  at: wire.timestamp,
  action: z.string(),
  spend_id: z.string(),
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  before: spendRow.nullable(),
  after: spendRow.nullable(),
});
export type SpendHistoryEntry = z.infer<typeof historyEntry>;

const spendHistory = z.object({ campaign: z.object({ id: z.string(), name: z.string() }), entries: z.array(historyEntry) });
export type SpendHistoryResponse = z.infer<typeof spendHistory>;

const monthCampaign = z.object({
  campaign_id: z.string(),
  campaign_name: z.string(),
  channel: z.string(),
  /** The row covering exactly the whole month, if there is one. */
  row: spendRow.nullable(),
  /** Other spend rows of the campaign that overlap the month (weeks, days, a second row). */
  other_rows: z.number().int(),
});

const monthPeriod = { month: z.string(), period_start: wire.date, period_end: wire.date };

const monthSpend = z.object({ ...monthPeriod, campaigns: z.array(monthCampaign) });
export type MonthResponse = z.infer<typeof monthSpend>;

const monthSaved = z.object({ ...monthPeriod, created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rows: z.array(spendRow) });
export type MonthSaveResponse = z.infer<typeof monthSaved>;

/** The details of a 409 on a stale version: what the row is now (null when it was deleted). */
export const spendConflictDetails = z.object({ field: z.literal("version"), current: spendRow.nullable() });
export type SpendConflictDetails = z.infer<typeof spendConflictDetails>;

/** The details of a 409 on a second row for exactly the same campaign and period. */
export const spendDuplicateDetails = z.object({ field: z.literal("period_start"), existing: spendRow });
export type SpendDuplicateDetails = z.infer<typeof spendDuplicateDetails>;

/** The details of a 409 of the month save: every campaign whose row changed since it was read. */
export const monthConflictDetails = z.object({ conflicts: z.array(z.object({ field: z.string(), campaign_id: z.string(), current: spendRow.nullable() })) });
export type MonthConflictDetails = z.infer<typeof monthConflictDetails>;

const idParams = z.object({ id: z.string().meta({ description: "The spend row's id" }) });

export const spendEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/spend",
    tag: "spend",
    summary: "Spend rows overlapping a period",
    description: "Rows of one campaign or all, overlapping `from`..`to` (as the spend KPI counts them), newest period first, paged.",
    access: "read",
    query: spendListQuery,
    response: spendList,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/v1/spend",
    tag: "spend",
    summary: "Enter a spend row",
    description: "Audited. A second row of the same campaign for exactly the same period answers 409 with the existing row in `details.existing`.",
    access: "manage:spend",
    body: spendCreateSchema,
    response: spendRow,
    status: 201,
    errors: [409],
  }),
  get: endpoint({
    method: "GET",
    path: "/api/v1/spend/{id}",
    tag: "spend",
    summary: "One spend row",
    access: "read",
    params: idParams,
    response: spendRow,
    errors: [404],
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/v1/spend/{id}",
    tag: "spend",
    summary: "Change a spend row",
    description: "Carries the `version` it read and changes only the fields it names; a stale version answers 409 with the current row in `details.current`.",
    access: "manage:spend",
    params: idParams,
    body: spendPatchSchema,
    response: spendRow,
    errors: [404, 409],
  }),
  remove: endpoint({
    method: "DELETE",
    path: "/api/v1/spend/{id}",
    tag: "spend",
    summary: "Delete a spend row",
    description: "`?version=N` is the version read: 409 when the row changed since, 404 when it is gone. Answers the deleted row.",
    access: "manage:spend",
    params: idParams,
    query: spendDeleteQuery,
    response: z.object({ deleted: spendRow }),
    errors: [404, 409],
  }),
  history: endpoint({
    method: "GET",
    path: "/api/v1/spend/history",
    tag: "spend",
    summary: "The audited changes to a campaign's spend",
    description: "Creations, changes and deletions of the campaign's spend rows, newest first, with who made them and the row before and after.",
    access: "read",
    query: historyQuery,
    response: spendHistory,
  }),
  month: endpoint({
    method: "GET",
    path: "/api/v1/spend/month",
    tag: "spend",
    summary: "Every campaign's whole-month spend",
    description: "Each campaign with its row covering exactly the month, if any, and how many other rows overlap the month.",
    access: "read",
    query: monthQuery,
    response: monthSpend,
  }),
  saveMonth: endpoint({
    method: "PUT",
    path: "/api/v1/spend/month",
    tag: "spend",
    summary: "Save whole-month amounts of many campaigns",
    description:
      "All or nothing: one whole-month row per campaign is created or updated. A version that no longer matches fails the whole save with 409, every conflict listed in `details.conflicts`.",
    access: "manage:spend",
    body: monthSaveSchema,
    response: monthSaved,
    errors: [409],
  }),
};
