"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { FormField, FormFooter, useServerSubmit, useZodForm } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/select";
import { EmptyState, QueryView } from "@/components/ui/states";
import { filterQueries, type OptionTeam } from "@/features/filters/queries";
import { ROLES, type Role } from "@/lib/enums";
import { userCreate, type AdminUser } from "@/features/admin/contract";
import { useCreateUser, useDeactivateUser, useUpdateUser } from "@/features/admin/hooks";
import { adminQueries } from "@/features/admin/queries";
import { CellError, ConfirmButton, Panel } from "./admin-form";
import { TeamOptions } from "./team-options";

const ROLE_LABELS: Record<Role, string> = { admin: "Admin", marketing: "Marketing", sales: "Sales" };

export function AdminUsers({ currentUserId }: { currentUserId: string }) {
  const users = useQuery(adminQueries.users());
  const teams = useQuery(filterQueries.options()).data?.teams ?? [];
  const columns: DataColumn<AdminUser>[] = [
    {
      id: "user",
      header: "User",
      value: (u) => u.name,
      cell: (u) => (
        <>
          <div className="font-medium text-slate-900">
            {u.name}
            {u.id === currentUserId && <span className="ml-1 text-xs font-normal text-slate-600">(you)</span>}
          </div>
          <div className="text-slate-600">{u.email}</div>
        </>
      ),
    },
    { id: "role", header: "Role", value: (u) => u.role, cell: (u) => <RoleCell user={u} /> },
    { id: "team", header: "Team", value: (u) => teams.find((t) => t.id === u.team_id)?.name, cell: (u) => <TeamCell user={u} teams={teams} /> },
    {
      id: "status",
      header: "Status",
      value: (u) => (u.active ? "Active" : "Deactivated"),
      cell: (u) =>
        u.active ? (
          <span className="rounded bg-green-50 px-2 py-0.5 text-green-800">Active</span>
        ) : (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Deactivated</span>
        ),
    },
    { id: "actions", header: "Actions", hideHeader: true, className: "text-right", cell: (u) => <ActiveCell user={u} /> },
  ];
  return (
    <div className="space-y-6">
      <CreateUser teams={teams} />
      <Panel
        title="Users"
        description="Role and team apply at once, also to the user's API tokens. Deactivated users cannot sign in or use tokens; their history stays."
      >
        <QueryView query={users} label="Loading users">
          {(d) => (
            <DataTable
              caption="Users"
              columns={columns}
              data={d.users}
              getRowId={(u) => u.id}
              rowClassName={(u) => (u.active ? "" : "text-slate-500")}
              empty={<EmptyState title="No users yet." />}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}

function CreateUser({ teams }: { teams: OptionTeam[] }) {
  const create = useCreateUser();
  const form = useZodForm(userCreate, { defaultValues: { email: "", name: "", role: "sales", team_id: "", password: "" } });
  const [created, setCreated] = useState<AdminUser | null>(null);
  const { submit, failure } = useServerSubmit(form, (body, onError) => {
    setCreated(null);
    create.mutate(
      { body },
      {
        onSuccess: (user) => {
          form.reset();
          setCreated(user);
        },
        onError,
      },
    );
  });
  return (
    <Panel title="Add a user" description="They sign in with this email and the initial password; tell them to keep it safe.">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FormField label="Email" form={form} name="email">
          {(p) => <input {...p} type="email" autoComplete="off" {...form.register("email")} />}
        </FormField>
        <FormField label="Name" form={form} name="name">
          {(p) => <input {...p} autoComplete="off" {...form.register("name")} />}
        </FormField>
        <FormField label="Role" form={form} name="role">
          {(p) => (
            <select {...p} {...form.register("role")}>
              <RoleOptions />
            </select>
          )}
        </FormField>
        <FormField label="Team" form={form} name="team_id">
          {(p) => (
            <select {...p} {...form.register("team_id")}>
              <TeamOptions teams={teams} none="No team" />
            </select>
          )}
        </FormField>
        <FormField label="Initial password" form={form} name="password" hint="At least 10 characters.">
          {(p) => <input {...p} type="password" autoComplete="new-password" {...form.register("password")} />}
        </FormField>
        <FormFooter label="Create user" pendingLabel="Creating…" pending={create.isPending} failure={failure} className="sm:col-span-2 lg:col-span-5">
          {created && (
            <p aria-live="polite" className="text-sm text-green-800">
              Created {created.email}.
            </p>
          )}
        </FormFooter>
      </form>
    </Panel>
  );
}

/** A role change applies at once; a refused one (the last admin) shows the stored role again. */
function RoleCell({ user }: { user: AdminUser }) {
  const update = useUpdateUser();
  const role = update.isPending ? (update.variables.body.role ?? user.role) : user.role;
  return (
    <>
      <NativeSelect
        size="sm"
        aria-label={`Role of ${user.email}`}
        value={role}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ params: { id: user.id }, body: { role: e.target.value as Role } })}
      >
        <RoleOptions />
      </NativeSelect>
      <CellError error={update.error} />
    </>
  );
}

function TeamCell({ user, teams }: { user: AdminUser; teams: OptionTeam[] }) {
  const update = useUpdateUser();
  const teamId = update.isPending ? (update.variables.body.team_id as string | null | undefined) : user.team_id;
  return (
    <>
      <NativeSelect
        size="sm"
        aria-label={`Team of ${user.email}`}
        value={teamId ?? ""}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ params: { id: user.id }, body: { team_id: e.target.value || null } })}
      >
        <TeamOptions teams={teams} none="No team" />
      </NativeSelect>
      <CellError error={update.error} />
    </>
  );
}

/** Users are deactivated, never deleted, and can be reactivated. */
function ActiveCell({ user }: { user: AdminUser }) {
  const deactivate = useDeactivateUser();
  const update = useUpdateUser();
  const pending = deactivate.isPending || update.isPending;
  return (
    <div className="whitespace-nowrap">
      {user.active ? (
        <ConfirmButton
          label="Deactivate"
          target={user.email}
          question={`Deactivate ${user.email}?`}
          confirmLabel="Yes, deactivate"
          pending={pending}
          onConfirm={() => deactivate.mutate({ params: { id: user.id } })}
        />
      ) : (
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => update.mutate({ params: { id: user.id }, body: { active: true } })}>
          Reactivate
        </Button>
      )}
      <CellError error={deactivate.error ?? update.error} />
    </div>
  );
}
