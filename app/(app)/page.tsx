import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/layout/filter-bar";
import { Scorecard } from "@/features/kpis/components/scorecard";
import { currentUser } from "@/lib/auth/current-user";
import { groupsFor } from "@/features/kpis/groups";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await currentUser();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Overview</h1>
      <Suspense>
        <FilterBar />
        <Scorecard groups={groupsFor(user?.role ?? "admin")} />
      </Suspense>
    </>
  );
}
