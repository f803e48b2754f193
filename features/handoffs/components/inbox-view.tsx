"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { useHandoffAction, useHandoffs, useNow, type HandoffAction, type InboxParams } from "@/features/handoffs/hooks";
import { FetchError, useDimensionOptions } from "@/components/hooks/queries";
import { InboxCard, leadTitle } from "@/features/handoffs/components/inbox-card";
import { InboxSlaEditor } from "@/features/handoffs/components/inbox-sla-editor";
import { EmptyState, ErrorState, Loading } from "@/components/ui/states";
import type { Role } from "@/lib/auth/permissions";
import { HANDOFF_STATUSES, REJECTION_REASONS, type HandoffList, type ListQuery } from "@/features/handoffs/contract";

const TABS: { id: ListQuery["status"]; label: string }[] = [
  { id: "open", label: "Open" },
  { id: "accepted", label: "Accepted" },
  { id: "rejected", label: "Rejected" },
  { id: "all", label: "All" },
];
const STATUSES = new Set<string>([...HANDOFF_STATUSES, "all"]);

/** The inbox's state in the URL (status, team, page) so a view can be shared and reloaded. */
function useInboxParams(): [InboxParams, (next: Partial<InboxParams>) => void] {
  const search = useSearchParams();
  const pathname = usePathname();
  const params = useMemo<InboxParams>(() => {
    const status = search.get("status") ?? "open";
    const page = Number(search.get("page") ?? 1);
    return {
      status: (STATUSES.has(status) ? status : "open") as ListQuery["status"],
      page: Number.isInteger(page) && page > 0 ? page : 1,
      team: search.get("team") || undefined,
    };
  }, [search]);
  const set = useCallback(
    (next: Partial<InboxParams>) => {
      const query = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === "" || (key === "page" && value === 1) || (key === "status" && value === "open")) query.delete(key);
        else query.set(key, String(value));
      }
      const text = query.toString();
      window.history.replaceState(null, "", text ? `${pathname}?${text}` : pathname);
    },
    [pathname],
  );
  return [params, set];
}

const PAST_TENSE = { accept: "Accepted", reject: "Rejected", "follow-up": "Marked followed up:" } as const;

function Summary({ data }: { data: HandoffList }) {
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">{data.totals.open}</span> open
      {" · "}
      {data.openBreaches > 0 ? (
        <span className="font-semibold text-red-800">
          <span aria-hidden>⚠ </span>
          {data.openBreaches} open {data.openBreaches === 1 ? "handoff is" : "handoffs are"} past the SLA
        </span>
      ) : (
        <span>none past the SLA</span>
      )}
      {" · "}
      {data.breaches} without a follow-up past the {data.slaHours} h SLA in total
    </p>
  );
}

/** The leads marketing handed to a sales team, newest first, with the follow-up clock. */
export function InboxView({ role, teamId }: { role: Role; teamId: string | null }) {
  const [params, setParams] = useInboxParams();
  const canPickTeam = role !== "sales";
  const data = useHandoffs(canPickTeam ? params : { ...params, team: undefined });
  const options = useDimensionOptions();
  const action = useHandoffAction();
  const now = useNow();
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "done" | "error"; text: string } | null>(null);

  const salesTeams = (options.data?.teams ?? []).filter((t) => (t as { kind?: string }).kind !== "marketing");
  const run = (act: HandoffAction) => {
    const title = leadTitle(act.handoff);
    setPending(act.handoff.id);
    setNotice(null);
    action.mutate(act, {
      onSuccess: () => {
        const reason = act.kind === "reject" ? ` (${REJECTION_REASONS[act.reason]})` : "";
        setNotice({ kind: "done", text: `${PAST_TENSE[act.kind]} ${title}${reason}.` });
      },
      onError: (error) => {
        const reload = error instanceof FetchError && error.status === 409 ? " The list has been reloaded with the current state." : "";
        setNotice({ kind: "error", text: `Could not update ${title}: ${error.message}${reload}` });
      },
      onSettled: () => setPending(null),
    });
  };

  const list = data.data;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;

  return (
    <div className="space-y-4">
      {role === "admin" && <InboxSlaEditor />}
      <div className="flex flex-wrap items-end gap-4">
        <div role="group" aria-label="Status" className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              aria-pressed={params.status === tab.id}
              onClick={() => setParams({ status: tab.id, page: 1 })}
              className={`rounded-md border px-3 py-1.5 text-sm font-medium ${params.status === tab.id ? "border-indigo-400 bg-indigo-50 text-indigo-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
            >
              {tab.label}
              {list && !list.noTeam && <span className="tabular ml-1 text-slate-600">({list.totals[tab.id]})</span>}
            </button>
          ))}
        </div>
        {canPickTeam && (
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-800">Team</span>
            <select value={params.team ?? ""} onChange={(e) => setParams({ team: e.target.value || undefined, page: 1 })} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
              <option value="">All sales teams</option>
              {salesTeams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <div aria-live="polite">
        {notice && (
          <p role={notice.kind === "error" ? "alert" : undefined} className={`rounded-md border px-3 py-2 text-sm ${notice.kind === "error" ? "border-red-200 bg-red-50 font-medium text-red-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}>
            {notice.text}
          </p>
        )}
      </div>

      {data.isPending ? (
        <Loading label="Loading handoffs" rows={4} className="h-28" />
      ) : data.isError ? (
        <ErrorState error={data.error} retry={() => data.refetch()} />
      ) : list!.noTeam ? (
        <EmptyState title="You are not in a sales team yet">Ask an admin to add you to a sales team; the leads marketing hands to it will show here.</EmptyState>
      ) : (
        <>
          <Summary data={list!} />
          {role === "marketing" && <p className="text-sm text-slate-600">You can follow the handoffs here; the sales teams accept, reject and follow them up.</p>}
          {list!.handoffs.length === 0 ? (
            <EmptyState title={params.status === "open" || params.status === "all" ? "No handoffs waiting" : `No ${params.status} handoffs`}>
              {params.status === "open" || params.status === "all" ? "Marketing hands leads over as they qualify." : "Handoffs show here once they have been " + params.status + "."}
            </EmptyState>
          ) : (
            <ul aria-label={`${TABS.find((t) => t.id === params.status)?.label} handoffs${list!.team ? ` of ${list!.team.name}` : ""}`} className="space-y-3">
              {list!.handoffs.map((handoff) => (
                <InboxCard
                  key={handoff.id}
                  handoff={handoff}
                  now={now}
                  canAct={role === "admin" || (role === "sales" && handoff.team.id === teamId)}
                  showTeam={!list!.team}
                  busy={pending === handoff.id}
                  onAccept={() => run({ kind: "accept", handoff })}
                  onReject={(reason) => run({ kind: "reject", reason, handoff })}
                  onFollowUp={() => run({ kind: "follow-up", handoff })}
                />
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
              <button type="button" disabled={params.page <= 1} onClick={() => setParams({ page: params.page - 1 })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium disabled:opacity-50">
                Previous
              </button>
              <span className="tabular">
                Page {Math.min(params.page, pages)} of {pages}
              </span>
              <button type="button" disabled={params.page >= pages} onClick={() => setParams({ page: params.page + 1 })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium disabled:opacity-50">
                Next
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
