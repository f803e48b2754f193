import "server-only";
import type { Prisma } from "@prisma/client";
import { badRequest, conflict } from "@/lib/api/errors";
import { parseDate } from "@/lib/dates";

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

/** A team_id that names no team is refused on its field (a 400, not a foreign-key 400 without one). */
export async function checkTeam(tx: Prisma.TransactionClient, teamId: string | null | undefined) {
  if (teamId && !(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } }))) {
    throw fieldError("team_id", `there is no team with id "${teamId}"`);
  }
}
