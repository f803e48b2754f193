"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormAlert, FormField, SubmitButton, useServerSubmit, useZodForm } from "@/components/ui/form";
import { EmptyState, QueryView } from "@/components/ui/states";
import { tokenCreate, type AdminToken, type CreatedToken } from "@/features/admin/contract";
import { useCreateToken, useRevokeToken } from "@/features/admin/hooks";
import { adminQueries } from "@/features/admin/queries";
import { formatTime, Panel } from "./admin-form";
import { RowActions } from "./row-actions";

export function AdminTokens({ seesAll }: { seesAll: boolean }) {
  const tokens = useQuery(adminQueries.tokens());
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const columns: DataColumn<AdminToken>[] = [
    { id: "name", header: "Name", value: (t) => t.name, className: "font-medium" },
    ...(seesAll ? [{ id: "owner", header: "Owner", value: (t: AdminToken) => t.owner.email }] : []),
    { id: "created", header: "Created", value: (t) => t.created_at, cell: (t) => formatTime(t.created_at), className: "whitespace-nowrap" },
    { id: "used", header: "Last used", value: (t) => t.last_used_at, cell: (t) => formatTime(t.last_used_at), className: "whitespace-nowrap" },
    {
      id: "status",
      header: "Status",
      value: (t) => t.revoked_at ?? "",
      cell: (t) =>
        t.revoked_at ? (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Revoked {formatTime(t.revoked_at)}</span>
        ) : (
          <span className="rounded bg-green-50 px-2 py-0.5 text-green-800">Active</span>
        ),
    },
    { id: "actions", header: "Actions", hideHeader: true, className: "text-right", cell: (t) => <TokenActions token={t} /> },
  ];
  return (
    <div className="space-y-6">
      <CreateToken onCreated={setCreated} />
      {created && <ShownOnce created={created} onDone={() => setCreated(null)} />}
      <Panel
        title={seesAll ? "All API tokens" : "Your API tokens"}
        description={
          <>
            Scripts send a token as <code>Authorization: Bearer …</code>. A revoked token answers 401 from then on.
            {seesAll && " As an admin you see and can revoke everyone's tokens."}
          </>
        }
      >
        <QueryView query={tokens} label="Loading API tokens">
          {(d) => (
            <DataTable
              caption="API tokens"
              columns={columns}
              data={d.tokens}
              getRowId={(t) => t.id}
              rowClassName={(t) => (t.revoked_at ? "text-slate-500" : "")}
              empty={<EmptyState title="No API tokens yet.">Create one above for a script or a BI tool.</EmptyState>}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CreateToken({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const create = useCreateToken();
  const form = useZodForm(tokenCreate, { defaultValues: { name: "" } });
  const { submit, failure } = useServerSubmit(form, (body, onError) =>
    create.mutate(
      { body },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created);
        },
        onError,
      },
    ),
  );
  return (
    <Panel title="Create an API token" description="The token acts as you, with your role. Name it after where it will be used.">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-4">
        <FormField label="Token name" form={form} name="name" className="min-w-64 flex-1">
          {(p) => <input {...p} autoComplete="off" placeholder="e.g. Nightly CRM export" {...form.register("name")} />}
        </FormField>
        <SubmitButton label="Create token" pendingLabel="Creating…" pending={create.isPending} className="mb-0.5" />
        <div className="w-full">
          <FormAlert message={failure} />
        </div>
      </form>
    </Panel>
  );
}

/**
 * The clear token exists only in this answer (the server keeps its hash), so the dialog closes
 * on purpose only: a click beside it does not lose the token.
 */
function ShownOnce({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
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
    <Dialog open onOpenChange={(open) => !open && onDone()}>
      <DialogContent
        title={`Copy your new token “${created.name}” now`}
        description="It is shown only this once; Tandem stores a hash it cannot turn back into the token."
        onPointerDownOutside={(event) => event.preventDefault()}
      >
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="token-value" className="sr-only">
            New API token
          </label>
          <input
            id="token-value"
            readOnly
            value={created.token}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 font-mono text-sm"
          />
          <Button onClick={copy}>Copy token</Button>
          <Button variant="secondary" onClick={onDone}>
            I have copied it
          </Button>
        </div>
        <p aria-live="polite" className="mt-2 text-sm text-slate-700">
          {copied === "yes"
            ? "Copied to the clipboard."
            : copied === "failed"
              ? "The browser refused the clipboard; select the token and copy it by hand."
              : ""}
        </p>
      </DialogContent>
    </Dialog>
  );
}

function TokenActions({ token }: { token: AdminToken }) {
  const revoke = useRevokeToken();
  if (token.revoked_at) return null;
  return (
    <RowActions
      id={token.id}
      remove={revoke}
      label="Revoke"
      confirmLabel="Yes, revoke"
      target={`token ${token.name}`}
      question={`Revoke “${token.name}”? Scripts using it stop working.`}
    />
  );
}
