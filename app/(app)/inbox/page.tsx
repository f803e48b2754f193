import type { Metadata } from "next";
import { Suspense } from "react";
import { InboxView } from "@/features/handoffs/components/inbox-view";
import { currentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  // The layout has already sent anyone signed out to /signin.
  const user = (await currentUser())!;
  return (
    <>
      <h1 className="text-2xl font-semibold">Handoff inbox</h1>
      <p className="mb-4 mt-1 text-sm text-slate-600">
        {user.role === "sales" ? "The leads marketing handed to your team" : "The leads marketing handed to the sales teams"}, newest first, with why they
        qualified.
      </p>
      <Suspense>
        <InboxView role={user.role} teamId={user.teamId} />
      </Suspense>
    </>
  );
}
