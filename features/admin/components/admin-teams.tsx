"use client";

import { useQuery } from "@tanstack/react-query";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { FormField, FormFooter, useServerSubmit, useZodForm } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { filterQueries, type OptionTeam } from "@/features/filters/queries";
import { TEAM_KINDS, type TeamKind } from "@/lib/enums";
import { teamCreate, teamUpdate } from "@/features/admin/contract";
import { useCreateTeam, useDeleteTeam, useUpdateTeam } from "@/features/admin/hooks";
import { CellError, Panel } from "./admin-form";
import { EditDialog } from "./edit-dialog";
import { RowActions } from "./row-actions";

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
  const { submit, failure } = useServerSubmit(form, (body, onError) => create.mutate({ body }, { onSuccess: () => form.reset(), onError }));
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
        <FormFooter label="Create team" pendingLabel="Creating…" pending={create.isPending} failure={failure} className="sm:col-span-3" />
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
  return <RowActions id={team.id} remove={remove} edit={<RenameTeam team={team} />} target={`team ${team.name}`} question={`Delete team ${team.name}?`} />;
}

/** The name changes; the id, which imports refer to, does not. */
function RenameTeam({ team }: { team: OptionTeam }) {
  const update = useUpdateTeam();
  return (
    <EditDialog
      schema={teamUpdate}
      values={{ name: team.name }}
      save={(body, callbacks) => update.mutate({ params: { id: team.id }, body }, callbacks)}
      pending={update.isPending}
      label="Rename"
      target={team.name}
      title={`Rename team ${team.name}`}
      description={`Its id, ${team.id}, stays as it is.`}
      columns={1}
    >
      {(form) => (
        <FormField label="Name" form={form} name="name">
          {(p) => <input {...p} autoComplete="off" {...form.register("name")} />}
        </FormField>
      )}
    </EditDialog>
  );
}
