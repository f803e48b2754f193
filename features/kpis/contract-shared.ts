import { z } from "zod";
import { isoDate } from "@/lib/dates";
import { CHANNELS } from "@/lib/enums";

const optionalId = z.string().trim().min(1).max(200).optional();

/** from, to and the filters every reading endpoint takes (docs/api.md "Reading"). */
export const readingShape = {
  from: isoDate,
  to: isoDate,
  channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(", ")}` }).optional(),
  campaign: optionalId,
  team: optionalId,
};

/** The reading query plus an endpoint's own parameters; `from` may not be after `to`. */
export function readingQuery<T extends z.ZodRawShape = Record<never, never>>(extra?: T) {
  return z
    .object({ ...readingShape, ...(extra as T) })
    .refine((q) => (q as { from: string }).from <= (q as { to: string }).to, { message: "must not be after `to`", path: ["from"] });
}

/** The filters a reading answered with (the ones that exist). */
export const filtersApplied = z.object({ channel: z.string().optional(), campaign: z.string().optional(), team: z.string().optional() });

/** A KPI value on the wire: a number, or null when its denominator is zero. */
export const kpiNumber = z.number().nullable();
