"use client";

import { useState } from "react";
import { AdminTable, ConfirmButton, formatTime, FormError, formValues, Panel, PRIMARY, RowError, SECONDARY, TextField } from "@/features/admin/components/admin-form";
import { useAdminTokens, useTokenWrite, type AdminToken } from "@/features/admin/hooks";
import { EmptyState, QueryView } from "@/components/ui/states";

type Created = AdminToken & { token: string };

export function AdminTokens({ seesAll }: { seesAll: boolean }) {
  const tokens = useAdminTokens();
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <div className="space-y-6">
      <CreateToken onCreated={setCreated} />
      {created && <ShownOnce created={created} onDone={() => setCreated(null)} />}
      <Panel
        title={seesAll ? "All API tokens" : "Your API tokens"}
        description={<>Scripts send a token as <code>Authorization: Bearer …</code>. A revoked token answers 401 from then on.{seesAll && " As an admin you see and can revoke everyone's tokens."}</>}
      >
        <QueryView query={tokens} label="Loading API tokens" isEmpty={(d) => d.tokens.length === 0} empty={<EmptyState title="No API tokens yet.">Create one above for a script or a BI tool.</EmptyState>}>
          {(d) => (
            <AdminTable caption="API tokens" columns={["Name", seesAll && "Owner", "Created", "Last used", "Status"]}>{d.tokens.map((t) => <TokenRow key={`${t.id}:${t.revoked_at}`} token={t} seesAll={seesAll} />)}</AdminTable>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CreateToken({ onCreated }: { onCreated: (created: Created) => void }) {
  const write = useTokenWrite<Created>();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    write.mutate({ method: "POST", path: "/api/v1/tokens", body: formValues(form) }, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
    });
  }
  return (
    <Panel title="Create an API token" description="The token acts as you, with your role. Name it after where it will be used.">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1"><TextField label="Token name" name="name" apiField="name" autoComplete="off" placeholder="e.g. Nightly CRM export" error={write.error} /></div>
        <button type="submit" className={`${PRIMARY} mb-0.5`} disabled={write.isPending}>{write.isPending ? "Creating…" : "Create token"}</button>
        <div className="w-full"><FormError error={write.error} /></div>
      </form>
    </Panel>
  );
}

/** The clear token exists only in this answer: the server keeps its hash. */
function ShownOnce({ created, onDone }: { created: Created; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <section aria-labelledby="token-once" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h3 id="token-once" className="text-base font-semibold text-amber-950">Copy your new token “{created.name}” now</h3>
      <p className="mt-1 text-sm text-amber-950">It is shown only this once; Tandem stores a hash it cannot turn back into the token.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="token-value" className="sr-only">New API token</label>
        <input id="token-value" readOnly value={created.token} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm" />
        <button type="button" className={PRIMARY} onClick={copy}>Copy token</button>
        <button type="button" className={SECONDARY} onClick={onDone}>I have copied it</button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm text-amber-950">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "The browser refused the clipboard; select the token and copy it by hand." : ""}
      </p>
    </section>
  );
}

function TokenRow({ token, seesAll }: { token: AdminToken; seesAll: boolean }) {
  const write = useTokenWrite();
  return (
    <>
      <tr className={`border-t border-slate-100 ${token.revoked_at ? "text-slate-500" : ""}`}>
        <td className="py-2 pr-3 font-medium">{token.name}</td>
        {seesAll && <td className="py-2 pr-3">{token.owner.email}</td>}
        <td className="py-2 pr-3 whitespace-nowrap">{formatTime(token.created_at)}</td>
        <td className="py-2 pr-3 whitespace-nowrap">{formatTime(token.last_used_at)}</td>
        <td className="py-2 pr-3">
          {token.revoked_at ? <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Revoked {formatTime(token.revoked_at)}</span> : <span className="rounded bg-green-50 px-2 py-0.5 text-green-800">Active</span>}
        </td>
        <td className="py-2 text-right">
          {!token.revoked_at && (
            <ConfirmButton label="Revoke" target={`token ${token.name}`} question={`Revoke “${token.name}”? Scripts using it stop working.`} confirmLabel="Yes, revoke" pending={write.isPending} onConfirm={() => write.mutate({ method: "DELETE", path: `/api/v1/tokens/${token.id}` })} />
          )}
        </td>
      </tr>
      <RowError error={write.error} colSpan={seesAll ? 6 : 5} />
    </>
  );
}
