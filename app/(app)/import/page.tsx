import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ImportView } from "@/features/imports/components/import-view";
import { currentUser } from "@/lib/auth/current-user";
import { importTableSpecs } from "@/features/imports/specs";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Import</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">
        Load a CSV export from your CRM or a spreadsheet. A row whose id already exists updates that record; the others are added. Check the file first: nothing
        is written until you import.
      </p>
      <ImportView tables={importTableSpecs(user.role)} role={user.role} />
    </>
  );
}
