import { listCampaigns } from "@/features/admin/server/campaigns";
import { route } from "@/lib/api/route";
import { db } from "@/lib/db/client";
import { CHANNELS } from "@/lib/enums";

/** The values the filter bar offers: campaigns, teams and channels; the admin page lists them too. */
export const GET = route({ permission: "read" }, async () => {
  const [campaigns, teams] = await Promise.all([
    listCampaigns(),
    db().team.findMany({ select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
  ]);
  return { campaigns, teams, channels: CHANNELS };
});
