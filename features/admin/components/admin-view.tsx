"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ADMIN_TAB_IDS, ADMIN_TABS, type AdminTab } from "./admin-tabs";
import { AdminCampaigns } from "./admin-campaigns";
import { AdminTargets, type KpiOption } from "./admin-targets";
import { AdminTeams } from "./admin-teams";
import { AdminTokens } from "./admin-tokens";
import { AdminUsers } from "./admin-users";

type Props = { tabs: AdminTab[]; currentUserId: string; isAdmin: boolean; kpis: KpiOption[] };

// Written even for the first tab (no clearOnDefault): a link to ?tab=users stays one.
const tabParam = parseAsStringLiteral(ADMIN_TAB_IDS).withOptions({ history: "replace" });

/** The admin sections as tabs; the tab is kept in the URL (?tab=teams) so it can be linked. */
export function AdminView({ tabs, currentUserId, isAdmin, kpis }: Props) {
  const [requested, setTab] = useQueryState("tab", tabParam);
  // A tab the role may not see (a shared link) falls back to the first one it may.
  const tab = requested && tabs.includes(requested) ? requested : tabs[0];
  return (
    <Tabs value={tab} onValueChange={(next) => void setTab(next as AdminTab)}>
      <TabsList aria-label="Administration" className="mb-6">
        {ADMIN_TABS.filter((t) => tabs.includes(t.id)).map((t) => (
          <TabsTrigger key={t.id} value={t.id}>
            {t.label}
          </TabsTrigger>
        ))}
      </TabsList>
      <TabsContent value="users">
        <AdminUsers currentUserId={currentUserId} />
      </TabsContent>
      <TabsContent value="teams">
        <AdminTeams />
      </TabsContent>
      <TabsContent value="campaigns">
        <AdminCampaigns />
      </TabsContent>
      <TabsContent value="targets">
        <AdminTargets kpis={kpis} />
      </TabsContent>
      <TabsContent value="tokens">
        <AdminTokens seesAll={isAdmin} />
      </TabsContent>
    </Tabs>
  );
}
