"use client";

import { useState } from "react";
import { AdminTable, ConfirmButton, FormError, formValues, Panel, PRIMARY, RowError, SECONDARY, SelectField, SMALL_INPUT, TextField } from "@/features/admin/components/admin-form";
import { fieldError, useAdminOptions, useTeamWrite, type AdminTeam } from "@/features/admin/hooks";
import { EmptyState, QueryView } from "@/components/ui/states";

export function AdminTeams() {
  const options = useAdminOptions();
  return (
    <div className="space-y-6">
      <CreateTeam />
      <Panel title="Teams" description="A team referenced by handoffs, opportunities, users or targets cannot be deleted; the id is what imports refer to and does not change.">
        <QueryView query={options} label="Loading teams" isEmpty={(d) => d.teams.length === 0} empty={<EmptyState title="No teams yet.">Add one above, or import a teams CSV.</EmptyState>}>
          {(d) => (
            <AdminTable caption="Teams" columns={["Name", "Id", "Kind"]}>{d.teams.map((t) => <TeamRow key={`${t.id}:${t.name}:${t.kind}`} team={t} />)}</AdminTable>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CreateTeam() {
  const write = useTeamWrite();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    write.mutate({ method: "POST", path: "/api/v1/teams", body: formValues(form) }, { onSuccess: () => form.reset() });
  }
  return (
    <Panel title="Add a team">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-3">
        <TextField label="Id" name="id" autoComplete="off" hint="The team's id in your CRM, as imports use it." error={write.error} />
        <TextField label="Name" name="name" autoComplete="off" error={write.error} />
        <SelectField label="Kind" name="kind" defaultValue="sales" error={write.error}>
          <option value="sales">Sales</option>
          <option value="marketing">Marketing</option>
        </SelectField>
        <div className="sm:col-span-3"><button type="submit" className={PRIMARY} disabled={write.isPending}>{write.isPending ? "Creating…" : "Create team"}</button></div>
        <div className="sm:col-span-3"><FormError error={write.error} /></div>
      </form>
    </Panel>
  );
}

function TeamRow({ team }: { team: AdminTeam }) {
  const write = useTeamWrite();
  const [editing, setEditing] = useState(false);
  const path = `/api/v1/teams/${encodeURIComponent(team.id)}`;
  const nameError = fieldError(write.error, "name");
  return (
    <>
      <tr className="border-t border-slate-100">
        <td className="py-2 pr-3">
          {editing ? (
            <form className="flex flex-wrap items-center gap-2" onSubmit={(e) => {
              e.preventDefault();
              write.mutate({ method: "PATCH", path, body: { name: formValues(e.currentTarget).name } }, { onSuccess: () => setEditing(false) });
            }}>
              <input name="name" aria-label={`Name of team ${team.id}`} defaultValue={team.name} autoFocus className={SMALL_INPUT} aria-invalid={nameError ? true : undefined} />
              <button type="submit" className={SECONDARY} disabled={write.isPending}>Save</button>
              <button type="button" className={SECONDARY} onClick={() => setEditing(false)}>Cancel</button>
              {nameError && <span className="text-sm text-red-700">Name {nameError}.</span>}
            </form>
          ) : (
            <span className="font-medium">{team.name}</span>
          )}
        </td>
        <td className="py-2 pr-3 font-mono text-xs text-slate-700">{team.id}</td>
        <td className="py-2 pr-3">
          <select aria-label={`Kind of team ${team.name}`} className={SMALL_INPUT} defaultValue={team.kind} disabled={write.isPending} onChange={(e) => write.mutate({ method: "PATCH", path, body: { kind: e.target.value } })}>
            <option value="sales">Sales</option>
            <option value="marketing">Marketing</option>
          </select>
        </td>
        <td className="py-2 text-right whitespace-nowrap">
          <span className="inline-flex gap-2">
            {!editing && <button type="button" className={SECONDARY} onClick={() => setEditing(true)}>Rename<span className="sr-only"> {team.name}</span></button>}
            <ConfirmButton label="Delete" target={`team ${team.name}`} question={`Delete team ${team.name}?`} confirmLabel="Yes, delete" pending={write.isPending} onConfirm={() => write.mutate({ method: "DELETE", path })} />
          </span>
        </td>
      </tr>
      {!nameError && <RowError error={write.error} colSpan={4} />}
    </>
  );
}
