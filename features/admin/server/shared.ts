import { z } from "zod";
import { badRequest, conflict } from "@/lib/api/errors";
import { isoDate, parseDate } from "@/lib/dates";

/** A record id from the user's CRM: the same ids the CSV import uses in references. */
export const recordId = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[^\s/?#]+$/, "must not contain spaces, slashes, ? or #");

export const displayName = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");

/** A date field a form may send empty: "" and null both clear it. */
export const optionalDate = z.preprocess((v) => (v === "" ? null : v), isoDate.nullable());

/** An optional reference a form may send empty ("" = none). */
export const optionalRef = z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).nullable());

export const toDate = (value: string) => new Date(parseDate(value));
export const fromDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** A 400 that names one field, in the same shape as a zod failure. */
export function fieldError(field: string, message: string) {
  return badRequest(`Invalid ${field}: ${message}`, [{ field, message }]);
}

/** A 409 on a duplicate key, naming the field so a form can show it there. */
export function duplicate(field: string, message: string) {
  return conflict(message, [{ field, message }]);
}

/** An end date before its start date is refused on the end's field. */
export function checkPeriod(start: string | null, end: string | null, endField: string, startField: string) {
  if (start && end && end < start) throw fieldError(endField, `must not be before ${startField}`);
}

const join = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0]);

const singular = (noun: string) => noun.replace(/ies$/, "y").replace(/s$/, "");

/**
 * Refuses to delete a record that others still point at, naming what does (409): deleting it
 * would either fail on the foreign key or silently drop history the KPIs are computed from.
 * `counts` is keyed by table; `nouns` names a table whose plural is not its name.
 */
export function assertUnreferenced(what: string, counts: Record<string, number>, nouns: Record<string, string> = {}) {
  const used = Object.entries(counts).filter(([, n]) => n > 0);
  if (used.length === 0) return;
  const parts = used.map(([table, n]) => {
    const noun = nouns[table] ?? table;
    return `${n} ${n === 1 ? singular(noun) : noun}`;
  });
  throw conflict(`${what} is still referenced by ${join(parts)}; reassign or delete those first.`, counts);
}
