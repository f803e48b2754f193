import "server-only";
import { db } from "@/lib/db/client";
import { CHANNELS } from "@/lib/enums";
import type { FilterOptions } from "../contract";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The campaigns, teams and channels a filter can choose from, by name. */
export async function listFilterOptions(): Promise<FilterOptions> {
  const [campaigns, teams] = await Promise.all([
    db().campaign.findMany({ select: { id: true, name: true, channel: true, startsOn: true, endsOn: true }, orderBy: { name: "asc" } }),
    db().team.findMany({ select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    campaigns: campaigns.map((c) => ({ id: c.id, name: c.name, channel: c.channel, starts_on: day(c.startsOn), ends_on: day(c.endsOn) })),
    teams,
    channels: CHANNELS,
  };
}
