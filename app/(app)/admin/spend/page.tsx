import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SpendAdmin } from "@/features/spend/components/spend-admin";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Spend" };

export default async function SpendPage() {
  const user = await currentUser();
  if (!user || !can(user.role, "manage:spend")) {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">Spend</h1>
        <p className="text-slate-700">
          Only admins can enter spend. Ask an admin of your installation to enter or correct it; everyone can see spend per campaign on the{" "}
          <Link href="/campaigns" className="text-indigo-700 underline">
            Campaigns
          </Link>{" "}
          page.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Spend</h1>
      <p className="mb-4 text-sm text-slate-600">Marketing spend per campaign. Every change is recorded with who made it; the KPIs use it at once.</p>
      <Suspense>
        <SpendAdmin />
      </Suspense>
    </>
  );
}
