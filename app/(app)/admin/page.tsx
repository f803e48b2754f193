import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { TABLE_NAMES } from "@/lib/import/tables";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await currentUser();
  if (!user || !can(user.role, "manage:users")) {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">Admin</h1>
        <p className="text-slate-700">Only admins manage users, spend and targets. Ask an admin of your installation.</p>
      </>
    );
  }
  const [users, teams] = await Promise.all([
    db().user.findMany({ orderBy: { email: "asc" }, include: { team: true } }),
    db().team.findMany({ orderBy: { name: "asc" } }),
  ]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Admin</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-3 text-lg font-semibold">Users</h2>
          <table className="min-w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr><th scope="col" className="py-1 font-medium">Email</th><th scope="col" className="py-1 font-medium">Role</th><th scope="col" className="py-1 font-medium">Team</th><th scope="col" className="py-1 font-medium">Status</th></tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-t border-slate-100">
                  <td className="py-1">{u.email}</td><td className="py-1">{u.role}</td><td className="py-1">{u.team?.name ?? "—"}</td><td className="py-1">{u.active ? "active" : "deactivated"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-3 text-lg font-semibold">Teams</h2>
          <ul className="text-sm">{teams.map((t) => <li key={t.id} className="border-t border-slate-100 py-1">{t.name} <span className="text-slate-500">({t.kind}, id {t.id})</span></li>)}</ul>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-5 lg:col-span-2">
          <h2 className="mb-2 text-lg font-semibold">Data in and out</h2>
          <p className="text-sm text-slate-700">
            Import a CSV with <code>POST /api/v1/import/&#123;table&#125;</code> (body <code>text/csv</code>, a bearer token from <code>POST /api/v1/session</code>); download a table in the same format:
          </p>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {TABLE_NAMES.map((t) => <li key={t}><a className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100" href={`/api/v1/export/${t}.csv`}>{t}.csv</a></li>)}
          </ul>
        </section>
      </div>
    </>
  );
}
