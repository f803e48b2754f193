"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { REJECTION_REASONS, type HandoffItem, type RejectionReason } from "@/features/handoffs/contract";
import { describeDue } from "@/features/handoffs/sla";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const formatTime = (iso: string) => dateTime.format(new Date(iso));
const label = (text: string) => text.replace(/_/g, " ");
const reasonLabel = (code: string) => REJECTION_REASONS[code as RejectionReason] ?? label(code);

export function leadTitle(handoff: HandoffItem): string {
  return handoff.lead.company ?? handoff.lead.email ?? handoff.lead.id;
}

const STATUS_STYLE = {
  open: "border-indigo-200 bg-indigo-50 text-indigo-800",
  accepted: "border-emerald-200 bg-emerald-50 text-emerald-800",
  rejected: "border-slate-300 bg-slate-100 text-slate-700",
} as const;

function ClockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.5V8l2.5 1.5" strokeLinecap="round" />
    </svg>
  );
}

/** The follow-up SLA as words and an icon, so a breach never reads by colour alone. */
function SlaClock({ handoff, now }: { handoff: HandoffItem; now: number }) {
  const { sla, firstFollowUpAt } = handoff;
  if (!sla) return firstFollowUpAt ? <p className="text-sm text-slate-600">Followed up {formatTime(firstFollowUpAt)}</p> : null;
  if (!sla.running) {
    return (
      <p className={`text-sm ${sla.breached ? "font-medium text-red-800" : "text-slate-600"}`}>
        {sla.breached ? "⚠ Followed up late: " : "Followed up within SLA: "}
        {formatTime(firstFollowUpAt!)}
      </p>
    );
  }
  const due = describeDue(sla.dueAt, now);
  if (due.overdue) {
    return (
      <p className="inline-flex items-center gap-1.5 rounded-md border border-red-300 bg-red-50 px-2 py-1 text-sm font-semibold text-red-800" data-testid="sla">
        <span aria-hidden>⚠</span> SLA breached: follow-up {due.text}
      </p>
    );
  }
  return (
    <p className="inline-flex items-center gap-1.5 text-sm text-slate-700" data-testid="sla">
      <ClockIcon /> Follow-up {due.text}
    </p>
  );
}

function RejectPicker({ lead, busy, onCancel, onReject }: { lead: string; busy: boolean; onCancel: () => void; onReject: (reason: RejectionReason) => void }) {
  const [reason, setReason] = useState<RejectionReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason) setError("Pick a reason so marketing can learn from it.");
        else onReject(reason);
      }}
    >
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Why reject {lead}?</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {(Object.entries(REJECTION_REASONS) as [RejectionReason, string][]).map(([code, text], i) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input
                ref={i === 0 ? first : undefined}
                type="radio"
                name={`${id}-reason`}
                value={code}
                checked={reason === code}
                onChange={() => {
                  setReason(code);
                  setError(null);
                }}
              />
              {text}
            </label>
          ))}
        </div>
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-2 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </fieldset>
      <div className="mt-3 flex gap-2">
        <button type="submit" disabled={busy} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60">
          Reject lead
        </button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type Props = {
  handoff: HandoffItem;
  now: number;
  canAct: boolean;
  showTeam: boolean;
  busy: boolean;
  onAccept: () => void;
  onReject: (reason: RejectionReason) => void;
  onFollowUp: () => void;
};

/** One handed-over lead: why marketing qualified it, its SLA clock and what sales can do. */
export function InboxCard({ handoff, now, canAct, showTeam, busy, onAccept, onReject, onFollowUp }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const { lead } = handoff;
  const title = leadTitle(handoff);
  const breached = handoff.sla?.running && handoff.sla.breached;
  const closePicker = () => {
    setRejecting(false);
    rejectButton.current?.focus();
  };
  const button = "rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-60";
  return (
    <li
      className={`rounded-lg border bg-white p-4 ${breached ? "border-red-300 border-l-4" : "border-slate-200"}`}
      data-handoff={handoff.id}
      aria-label={title}
    >
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold text-slate-900">
            {title}
            <span className={`ml-2 rounded border px-1.5 py-0.5 align-middle text-xs font-medium ${STATUS_STYLE[handoff.status]}`}>
              {label(handoff.status)}
            </span>
            {showTeam && <span className="ml-2 align-middle text-xs font-normal text-slate-600">to {handoff.team.name}</span>}
          </h3>
          <p className="text-sm text-slate-600">
            {lead.email ?? "no email"} · lead {lead.id} · sent {formatTime(handoff.sentAt)}
          </p>
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
            <div className="flex gap-1">
              <dt className="text-slate-600">Score</dt>
              <dd className="tabular font-medium">{lead.score ?? "—"}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-slate-600">Source</dt>
              <dd className="font-medium capitalize">{lead.source}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-slate-600">Campaign</dt>
              <dd className="font-medium">
                {lead.campaign?.name ?? "none"}
                {lead.channel ? ` (${label(lead.channel)})` : ""}
              </dd>
            </div>
            {lead.mqlAt && (
              <div className="flex gap-1">
                <dt className="text-slate-600">MQL</dt>
                <dd>{formatTime(lead.mqlAt)}</dd>
              </div>
            )}
          </dl>
          <div className="mt-2 space-y-1">
            <SlaClock handoff={handoff} now={now} />
            {handoff.acceptedAt && <p className="text-sm text-emerald-800">Accepted {formatTime(handoff.acceptedAt)}</p>}
            {handoff.rejectedAt && (
              <p className="text-sm text-slate-700">
                Rejected {formatTime(handoff.rejectedAt)}
                {handoff.rejectionReason && <>: {reasonLabel(handoff.rejectionReason)}</>}
              </p>
            )}
          </div>
        </div>
        {canAct && (
          <div className="flex flex-wrap gap-2">
            {handoff.status === "open" && (
              <>
                <button
                  type="button"
                  disabled={busy}
                  onClick={onAccept}
                  className={`${button} border-emerald-700 bg-emerald-700 text-white hover:bg-emerald-800`}
                >
                  Accept<span className="sr-only"> {title}</span>
                </button>
                <Button ref={rejectButton} variant="secondary" size="sm" disabled={busy} aria-expanded={rejecting} onClick={() => setRejecting((v) => !v)}>
                  Reject<span className="sr-only"> {title}</span>
                </Button>
              </>
            )}
            {!handoff.firstFollowUpAt && (
              <Button variant="secondary" size="sm" disabled={busy} onClick={onFollowUp}>
                Mark followed up<span className="sr-only"> {title}</span>
              </Button>
            )}
          </div>
        )}
      </div>
      {rejecting && handoff.status === "open" && (
        <RejectPicker
          lead={title}
          busy={busy}
          onCancel={closePicker}
          onReject={(reason) => {
            setRejecting(false);
            onReject(reason);
          }}
        />
      )}
    </li>
  );
}
