"use client";

import { useQuery } from "@tanstack/react-query";
import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { ApiClientError } from "@/lib/api/client";
import type { Role } from "@/lib/enums";
import { filterQueries } from "@/features/filters/queries";
import { LIST_STATUSES, REJECTION_REASONS, type HandoffList, type ListStatus } from "@/features/handoffs/contract";
import { useHandoffAction, useNow, type HandoffAction } from "@/features/handoffs/hooks";
import { handoffQueries } from "@/features/handoffs/queries";
import { InboxCard, leadTitle } from "./inbox-card";
import { InboxSlaEditor } from "./inbox-sla-editor";

const TABS: { id: ListStatus; label: string }[] = [
  { id: "open", label: "Open" },
  { id: "accepted", label: "Accepted" },
  { id: "rejected", label: "Rejected" },
  { id: "all", label: "All" },
];

/** The inbox's state in the URL (?status=accepted&team=…&page=2) so a view can be shared and reloaded; defaults stay out of it. */
const inboxParams = {
  status: parseAsStringLiteral(LIST_STATUSES).withDefault("open"),
  team: parseAsString,
  page: parseAsInteger.withDefault(1),
};

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
  const [url, setParams] = useQueryStates(inboxParams, { history: "replace" });
  const canPickTeam = role !== "sales";
  // A sales user reads their own team, whatever a shared link says.
  const params = { status: url.status, page: Math.max(1, url.page), team: (canPickTeam && url.team) || undefined };
  const data = useQuery(handoffQueries.list(params));
  const options = useQuery({ ...filterQueries.options(), enabled: canPickTeam });
  const action = useHandoffAction();
  const now = useNow();
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "done" | "error"; text: string } | null>(null);

  const salesTeams = (options.data?.teams ?? []).filter((t) => t.kind !== "marketing");
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
        const reload = error instanceof ApiClientError && error.status === 409 ? " The list has been reloaded with the current state." : "";
        setNotice({ kind: "error", text: `Could not update ${title}: ${error.message}${reload}` });
      },
      onSettled: () => setPending(null),
    });
  };

  const list = data.data;

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
              onClick={() => void setParams({ status: tab.id, page: null })}
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
            <NativeSelect size="sm" value={params.team ?? ""} onChange={(e) => void setParams({ team: e.target.value || null, page: null })}>
              <option value="">All sales teams</option>
              {salesTeams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </NativeSelect>
          </label>
        )}
      </div>

      <div aria-live="polite">
        {notice && (
          <p
            role={notice.kind === "error" ? "alert" : undefined}
            className={`rounded-md border px-3 py-2 text-sm ${notice.kind === "error" ? "border-red-200 bg-red-50 font-medium text-red-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
          >
            {notice.text}
          </p>
        )}
      </div>

      <QueryView query={data} label="Loading handoffs" rows={4} className="h-28">
        {(list) =>
          list.noTeam ? (
            <EmptyState title="You are not in a sales team yet">
              Ask an admin to add you to a sales team; the leads marketing hands to it will show here.
            </EmptyState>
          ) : (
            <>
              <Summary data={list} />
              {role === "marketing" && (
                <p className="text-sm text-slate-600">You can follow the handoffs here; the sales teams accept, reject and follow them up.</p>
              )}
              {list.handoffs.length === 0 ? (
                <EmptyState title={params.status === "open" || params.status === "all" ? "No handoffs waiting" : `No ${params.status} handoffs`}>
                  {params.status === "open" || params.status === "all"
                    ? "Marketing hands leads over as they qualify."
                    : `Handoffs show here once they have been ${params.status}.`}
                </EmptyState>
              ) : (
                <ul aria-label={`${TABS.find((t) => t.id === params.status)?.label} handoffs${list.team ? ` of ${list.team.name}` : ""}`} className="space-y-3">
                  {list.handoffs.map((handoff) => (
                    <InboxCard
                      key={handoff.id}
                      handoff={handoff}
                      now={now}
                      canAct={role === "admin" || (role === "sales" && handoff.team.id === teamId)}
                      showTeam={!list.team}
                      busy={pending === handoff.id}
                      onAccept={() => run({ kind: "accept", handoff })}
                      onReject={(reason) => run({ kind: "reject", reason, handoff })}
                      onFollowUp={() => run({ kind: "follow-up", handoff })}
                    />
                  ))}
                </ul>
              )}
              <Pages page={params.page} pages={Math.max(1, Math.ceil(list.total / list.pageSize))} onPage={(page) => void setParams({ page })} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function Pages({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span className="tabular">
        Page {Math.min(page, pages)} of {pages}
      </span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
