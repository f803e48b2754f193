import type { Metadata } from "next";
import Link from "next/link";
import { ADMIN_TABS } from "@/features/admin/components/admin-tabs";
import { AdminView } from "@/features/admin/components/admin-view";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { KPIS } from "@/features/kpis/registry";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = (await currentUser())!; // the (app) layout has signed the visitor in
  const isAdmin = can(user.role, "manage:users");
  // Each section shows only to the roles whose writes the API would accept.
  const tabs = ADMIN_TABS.map((t) => t.id).filter((id) => {
    if (id === "tokens") return can(user.role, "manage:own-tokens");
    if (id === "campaigns") return can(user.role, "manage:campaigns");
    if (id === "teams") return can(user.role, "manage:teams");
    if (id === "targets") return can(user.role, "manage:targets");
    return isAdmin;
  });
  const kpis = KPIS.map((k) => ({ id: k.id, label: k.label, unit: k.unit }));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <h1 className="text-2xl font-semibold">Admin</h1>
        <nav aria-label="Data and API" className="flex gap-4 text-sm">
          {can(user.role, "manage:spend") && (
            <Link href="/admin/spend" className="font-medium text-indigo-700 underline hover:text-indigo-900">
              Spend entry
            </Link>
          )}
          <Link href="/import" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            Import data
          </Link>
          <Link href="/api-reference" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            API reference
          </Link>
        </nav>
      </div>
      {!isAdmin && (
        <p className="mb-4 text-sm text-slate-700">
          Users, teams and targets are managed by an admin of your installation. Here you manage your own API tokens
          {tabs.includes("campaigns") ? " and the campaigns" : ""}.
        </p>
      )}
      <AdminView tabs={tabs} currentUserId={user.id} isAdmin={isAdmin} kpis={kpis} />
    </>
  );
}
