import { z } from "zod";
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
  .refine((row) => row.period_end >= row.period_start, { message: "must not be before period_start", path: ["period_end"] });

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
export const spendRowSchema = z.object({
  id: z.string(),
  campaign_id: z.string(),
  campaign_name: z.string().nullable(),
  period_start: isoDate,
  period_end: isoDate,
  amount: z.string().regex(/^\d+\.\d{2}$/),
  note: z.string().nullable(),
  entered_by: z.string().nullable(),
  entered_at: z.string(),
  version: z.number().int(),
});

export type SpendRow = z.output<typeof spendRowSchema>;

export type SpendListResponse = { spend: SpendRow[]; page: number; pageSize: number; total: number };

export type SpendHistoryEntry = {
  id: string;
  at: string;
  action: string;
  spend_id: string;
  user: { id: string; name: string; email: string } | null;
  before: SpendRow | null;
  after: SpendRow | null;
};

export type SpendHistoryResponse = { campaign: { id: string; name: string }; entries: SpendHistoryEntry[] };

export type MonthCampaign = {
  campaign_id: string;
  campaign_name: string;
  channel: string;
  /** The row covering exactly the whole month, if there is one. */
  row: SpendRow | null;
  /** Other spend rows of the campaign that overlap the month (weeks, days, a second row). */
  other_rows: number;
};

export type MonthResponse = { month: string; period_start: string; period_end: string; campaigns: MonthCampaign[] };

export type MonthSaveResponse = { month: string; period_start: string; period_end: string; created: number; updated: number; unchanged: number; rows: SpendRow[] };

/** The details of a 409: what the row is now (null when it was deleted), so the UI can show it. */
export type SpendConflictDetails = { field: "version"; current: SpendRow | null };

export type MonthConflictDetails = { conflicts: { field: string; campaign_id: string; current: SpendRow | null }[] };
