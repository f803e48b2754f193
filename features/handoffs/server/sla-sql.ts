import "server-only";
import { Prisma } from "@prisma/client";
import { slaMs } from "@/features/handoffs/sla";

/**
 * The follow-up SLA of features/handoffs/sla.ts as SQL conditions on a handoffs row, for counts
 * that run in Postgres. Same rule, same edges (features/handoffs/sla.test.ts runs both on one
 * table of cases): exactly at the due time is within the SLA; a rejected, never accepted lead
 * needs no follow-up. `now` is bound, not the database's now(), so a caller and a test can fix it.
 */
export type SlaSqlOptions = {
  /** The alias of the handoffs table in the query, e.g. "h" for `FROM handoffs h`. */
  alias: string;
  /** The follow-up SLA in hours (the followUpSlaHours setting). */
  hours: number;
  now: Date;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i;

function columns(alias: string) {
  // An alias is SQL text, not a value: only a plain identifier is accepted.
  if (!IDENTIFIER.test(alias)) throw new Error(`Not a table alias: ${JSON.stringify(alias)}`);
  const column = (name: string) => Prisma.raw(`"${alias}".${name}`);
  return { sentAt: column("sent_at"), acceptedAt: column("accepted_at"), rejectedAt: column("rejected_at"), followUpAt: column("first_follow_up_at") };
}

/** isSlaApplicable: not rejected, or accepted as well. */
export function slaApplicableSql({ alias }: Pick<SlaSqlOptions, "alias">): Prisma.Sql {
  const c = columns(alias);
  return Prisma.sql`(${c.rejectedAt} IS NULL OR ${c.acceptedAt} IS NOT NULL)`;
}

/** dueAt: sent_at + the SLA in whole milliseconds, as slaMs rounds it. */
function dueSql(alias: string, hours: number): Prisma.Sql {
  return Prisma.sql`(${columns(alias).sentAt} + ${slaMs(hours)}::float8 * interval '1 millisecond')`;
}

/** isBreached: the follow-up, or `now` while there is none, came strictly after the due time. */
export function slaBreachedSql({ alias, hours, now }: SlaSqlOptions): Prisma.Sql {
  const c = columns(alias);
  return Prisma.sql`(${slaApplicableSql({ alias })} AND COALESCE(${c.followUpAt}, ${now}::timestamptz) > ${dueSql(alias, hours)})`;
}

/** isOverdue: breached with no follow-up yet. */
export function slaOverdueSql({ alias, hours, now }: SlaSqlOptions): Prisma.Sql {
  const c = columns(alias);
  return Prisma.sql`(${c.followUpAt} IS NULL AND ${slaApplicableSql({ alias })} AND ${now}::timestamptz > ${dueSql(alias, hours)})`;
}
