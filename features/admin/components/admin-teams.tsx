"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { applyServerErrors, FormAlert, FormField, useZodForm } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { filterQueries, type OptionTeam } from "@/features/filters/queries";
import { TEAM_KINDS, type TeamKind } from "@/lib/enums";
import { teamCreate, teamUpdate } from "@/features/admin/contract";
import { useCreateTeam, useDeleteTeam, useUpdateTeam } from "@/features/admin/hooks";
import { CellError, ConfirmButton, Panel } from "./admin-form";

const KIND_LABELS: Record<TeamKind, string> = { sales: "Sales", marketing: "Marketing" };

const COLUMNS: DataColumn<OptionTeam>[] = [
  { id: "name", header: "Name", value: (t) => t.name, className: "font-medium" },
  { id: "id", header: "Id", value: (t) => t.id, className: "font-mono text-xs text-slate-700" },
  { id: "kind", header: "Kind", value: (t) => t.kind, cell: (t) => <KindCell team={t} /> },
  { id: "actions", header: "Actions", hideHeader: true, className: "text-right", cell: (t) => <TeamActions team={t} /> },
];

export function AdminTeams() {
  const options = useQuery(filterQueries.options());
  return (
    <div className="space-y-6">
      <CreateTeam />
      <Panel
        title="Teams"
        description="A team referenced by handoffs, opportunities, users or targets cannot be deleted; the id is what imports refer to and does not change."
      >
        <QueryView query={options} label="Loading teams">
          {(d) => (
            <DataTable
              caption="Teams"
              columns={COLUMNS}
              data={d.teams}
              getRowId={(t) => t.id}
              empty={<EmptyState title="No teams yet.">Add one above, or import a teams CSV.</EmptyState>}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function KindOptions() {
  return TEAM_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {KIND_LABELS[kind]}
    </option>
  ));
}

function CreateTeam() {
  const create = useCreateTeam();
  const form = useZodForm(teamCreate, { defaultValues: { id: "", name: "", kind: "sales" } });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit((body) => {
    setFailure(null);
    create.mutate({ body }, { onSuccess: () => form.reset(), onError: (error) => setFailure(applyServerErrors(form, error)) });
  });
  return (
    <Panel title="Add a team">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-3">
        <FormField label="Id" form={form} name="id" hint="The team's id in your CRM, as imports use it.">
          {(p) => <input {...p} autoComplete="off" {...form.register("id")} />}
        </FormField>
        <FormField label="Name" form={form} name="name">
          {(p) => <input {...p} autoComplete="off" {...form.register("name")} />}
        </FormField>
        <FormField label="Kind" form={form} name="kind">
          {(p) => (
            <select {...p} {...form.register("kind")}>
              <KindOptions />
            </select>
          )}
        </FormField>
        <div className="sm:col-span-3">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create team"}
          </Button>
        </div>
        <div className="sm:col-span-3">
          <FormAlert message={failure} />
        </div>
      </form>
    </Panel>
  );
}

function KindCell({ team }: { team: OptionTeam }) {
  const update = useUpdateTeam();
  const kind = update.isPending ? (update.variables.body.kind ?? team.kind) : team.kind;
  return (
    <>
      <NativeSelect
        size="sm"
        aria-label={`Kind of team ${team.name}`}
        value={kind}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ params: { id: team.id }, body: { kind: e.target.value as TeamKind } })}
      >
        <KindOptions />
      </NativeSelect>
      <CellError error={update.error} />
    </>
  );
}

function TeamActions({ team }: { team: OptionTeam }) {
  const remove = useDeleteTeam();
  return (
    <div className="whitespace-nowrap">
      <span className="inline-flex gap-2">
        <RenameTeam team={team} />
        <ConfirmButton
          label="Delete"
          target={`team ${team.name}`}
          question={`Delete team ${team.name}?`}
          confirmLabel="Yes, delete"
          pending={remove.isPending}
          onConfirm={() => remove.mutate({ params: { id: team.id } })}
        />
      </span>
      <CellError error={remove.error} />
    </div>
  );
}

/** The name changes; the id, which imports refer to, does not. */
function RenameTeam({ team }: { team: OptionTeam }) {
  const [open, setOpen] = useState(false);
  const update = useUpdateTeam();
  const form = useZodForm(teamUpdate, { values: { name: team.name } });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit((body) => {
    setFailure(null);
    update.mutate({ params: { id: team.id }, body }, { onSuccess: () => setOpen(false), onError: (error) => setFailure(applyServerErrors(form, error)) });
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        form.reset();
        setFailure(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          Rename<span className="sr-only"> {team.name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={`Rename team ${team.name}`} description={`Its id, ${team.id}, stays as it is.`} width="sm">
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label="Name" form={form} name="name">
            {(p) => <input {...p} autoComplete="off" {...form.register("name")} />}
          </FormField>
          <FormAlert message={failure} />
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={update.isPending}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
