"use client";

import { useState } from "react";
import { AdminTable, ConfirmButton, FormError, formValues, Panel, PRIMARY, RowError, SECONDARY, SelectField, SMALL_INPUT, TextField } from "@/features/admin/components/admin-form";
import { useAdminOptions, useAdminUsers, useUserWrite, type AdminTeam, type AdminUser } from "@/features/admin/hooks";
import { EmptyState, QueryView } from "@/components/ui/states";

const ROLES = [
  { id: "admin", label: "Admin" },
  { id: "marketing", label: "Marketing" },
  { id: "sales", label: "Sales" },
] as const;

export function AdminUsers({ currentUserId }: { currentUserId: string }) {
  const users = useAdminUsers();
  const options = useAdminOptions();
  const teams = options.data?.teams ?? [];
  return (
    <div className="space-y-6">
      <CreateUser teams={teams} />
      <Panel title="Users" description="Role and team apply at once, also to the user's API tokens. Deactivated users cannot sign in or use tokens; their history stays.">
        <QueryView query={users} label="Loading users" isEmpty={(d) => d.users.length === 0} empty={<EmptyState title="No users yet." />}>
          {(d) => (
            <AdminTable caption="Users" columns={["User", "Role", "Team", "Status"]}>
              {d.users.map((u) => (
                <UserRow key={`${u.id}:${u.role}:${u.team_id}:${u.active}`} user={u} teams={teams} isSelf={u.id === currentUserId} />
              ))}
            </AdminTable>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}

function CreateUser({ teams }: { teams: AdminTeam[] }) {
  const write = useUserWrite();
  const [created, setCreated] = useState<AdminUser | null>(null);
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    setCreated(null);
    write.mutate(
      { method: "POST", path: "/api/v1/users", body: { ...values, team_id: values.team_id || null } },
      {
        onSuccess: (user) => {
          form.reset();
          setCreated(user);
        },
      },
    );
  }
  return (
    <Panel title="Add a user" description="They sign in with this email and the initial password; tell them to keep it safe.">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <TextField label="Email" name="email" type="email" autoComplete="off" error={write.error} />
        <TextField label="Name" name="name" autoComplete="off" error={write.error} />
        <SelectField label="Role" name="role" defaultValue="sales" error={write.error}>
          {ROLES.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
        </SelectField>
        <SelectField label="Team" name="team_id" defaultValue="" error={write.error}>
          <option value="">No team</option>
          {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </SelectField>
        <TextField label="Initial password" name="password" apiField="password" type="password" autoComplete="new-password" hint="At least 10 characters." error={write.error} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={PRIMARY} disabled={write.isPending}>
            {write.isPending ? "Creating…" : "Create user"}
          </button>
          {created && <p aria-live="polite" className="text-sm text-green-800">Created {created.email}.</p>}
        </div>
        <div className="sm:col-span-2 lg:col-span-5"><FormError error={write.error} /></div>
      </form>
    </Panel>
  );
}

function UserRow({ user, teams, isSelf }: { user: AdminUser; teams: AdminTeam[]; isSelf: boolean }) {
  const write = useUserWrite();
  const [role, setRole] = useState(user.role);
  const [teamId, setTeamId] = useState(user.team_id ?? "");
  const path = `/api/v1/users/${user.id}`;
  // A refused change (the last admin) shows the stored value again next to the reason.
  const revert = { onError: () => { setRole(user.role); setTeamId(user.team_id ?? ""); } };
  const who = user.email;
  return (
    <>
      <tr className={`border-t border-slate-100 align-middle ${user.active ? "" : "text-slate-500"}`}>
        <td className="py-2 pr-3">
          <div className="font-medium text-slate-900">{user.name}{isSelf && <span className="ml-1 text-xs font-normal text-slate-600">(you)</span>}</div>
          <div className="text-slate-600">{who}</div>
        </td>
        <td className="py-2 pr-3">
          <select aria-label={`Role of ${who}`} className={SMALL_INPUT} value={role} disabled={write.isPending} onChange={(e) => {
            const next = e.target.value as AdminUser["role"];
            setRole(next);
            write.mutate({ method: "PATCH", path, body: { role: next } }, revert);
          }}>
            {ROLES.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </select>
        </td>
        <td className="py-2 pr-3">
          <select aria-label={`Team of ${who}`} className={SMALL_INPUT} value={teamId} disabled={write.isPending} onChange={(e) => {
            setTeamId(e.target.value);
            write.mutate({ method: "PATCH", path, body: { team_id: e.target.value || null } }, revert);
          }}>
            <option value="">No team</option>
            {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </td>
        <td className="py-2 pr-3">
          {user.active ? <span className="rounded bg-green-50 px-2 py-0.5 text-green-800">Active</span> : <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Deactivated</span>}
        </td>
        <td className="py-2 text-right">
          {user.active ? (
            <ConfirmButton label="Deactivate" target={who} question={`Deactivate ${who}?`} confirmLabel="Yes, deactivate" pending={write.isPending} onConfirm={() => write.mutate({ method: "DELETE", path })} />
          ) : (
            <button type="button" className={SECONDARY} disabled={write.isPending} onClick={() => write.mutate({ method: "PATCH", path, body: { active: true } })}>
              Reactivate
            </button>
          )}
        </td>
      </tr>
      <RowError error={write.error} colSpan={5} />
    </>
  );
}
