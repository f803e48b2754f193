"use client";

import { useRef, useState } from "react";
import { AdminCampaigns } from "@/features/admin/components/admin-campaigns";
import { AdminTargets, type KpiOption } from "@/features/admin/components/admin-targets";
import { AdminTeams } from "@/features/admin/components/admin-teams";
import { AdminTokens } from "@/features/admin/components/admin-tokens";
import { ADMIN_TABS, type AdminTab } from "@/features/admin/components/admin-tabs";
import { AdminUsers } from "@/features/admin/components/admin-users";

type Props = { tabs: AdminTab[]; initial: AdminTab; currentUserId: string; isAdmin: boolean; kpis: KpiOption[] };

/** The admin sections as tabs (WAI-ARIA tabs: arrow keys move between them); the tab is kept in the URL. */
export function AdminView({ tabs, initial, currentUserId, isAdmin, kpis }: Props) {
  const [tab, setTab] = useState<AdminTab>(tabs.includes(initial) ? initial : tabs[0]);
  const refs = useRef(new Map<AdminTab, HTMLButtonElement>());
  const visible = ADMIN_TABS.filter((t) => tabs.includes(t.id));

  function select(next: AdminTab, focus = false) {
    setTab(next);
    const url = new URL(window.location.href);
    url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
    if (focus) refs.current.get(next)?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const index = visible.findIndex((t) => t.id === tab);
    const move = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (move) select(visible[(index + move + visible.length) % visible.length].id, true);
    if (event.key === "Home") select(visible[0].id, true);
    if (event.key === "End") select(visible[visible.length - 1].id, true);
  }

  return (
    <div>
      <div role="tablist" aria-label="Administration" className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200" onKeyDown={onKeyDown}>
        {visible.map((t) => (
          <button
            key={t.id}
            ref={(el) => { if (el) refs.current.set(t.id, el); }}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            className={`-mb-px whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium ${tab === t.id ? "border-indigo-600 text-indigo-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "users" && <AdminUsers currentUserId={currentUserId} />}
        {tab === "teams" && <AdminTeams />}
        {tab === "campaigns" && <AdminCampaigns />}
        {tab === "targets" && <AdminTargets kpis={kpis} />}
        {tab === "tokens" && <AdminTokens seesAll={isAdmin} />}
      </div>
    </div>
  );
}
