import { z } from "zod";
import { checkPeriodLength, isoDate } from "@/lib/dates";
import { CHANNELS } from "@/lib/enums";

/** The dimensions a reading can be filtered by (docs/kpis.md "Filters"). */
export const DIMENSIONS = ["channel", "campaign", "team"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Filters = Partial<Record<Dimension, string>>;

const optionalId = z.string().trim().min(1).max(200).optional();

/** from, to and the filters every reading endpoint takes (docs/api.md "Reading"). */
export const readingShape = {
  from: isoDate,
  to: isoDate,
  channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(", ")}` }).optional(),
  campaign: optionalId,
  team: optionalId,
};

const reading = z.object(readingShape);
export type ReadingQuery = z.output<typeof reading>;

/** The reading query plus an endpoint's own parameters; `from` may not be after `to`, nor the period longer than 20 years. */
export function readingQuery<T extends z.ZodRawShape = Record<never, never>>(extra?: T) {
  return reading
    .extend(extra ?? ({} as T))
    .refine((q) => (q as ReadingQuery).from <= (q as ReadingQuery).to, { message: "must not be after `to`", path: ["from"] })
    .superRefine((q, ctx) => checkPeriodLength(q as ReadingQuery, ctx));
}

/** `compare=previous` adds the previous period's values and the deltas. */
export const compareParam = z.enum(["previous"], { message: "must be `previous` or absent" }).optional();

/** A page of a long list. */
export const pageParams = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(50),
};

export const INTERVALS = ["day", "week", "month"] as const;

/** The filters a reading answered with (the ones that exist). */
export const filtersApplied = z.object({ channel: z.enum(CHANNELS).optional(), campaign: z.string().optional(), team: z.string().optional() });

/** A KPI value on the wire: a number, or null when its denominator is zero. */
export const kpiNumber = z.number().nullable();
