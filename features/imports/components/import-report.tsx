"use client";

import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { ImportReport, Rejection } from "@/features/imports/contract";
import { formatValue } from "@/lib/format";

/** Shown rows of the rejection list; the server keeps the first 1000 and counts them all. */
const SHOWN = 100;
/** importer.ts MAX_REJECTIONS: the server lists this many problems at most. */
const MAX_LISTED = 1000;

const count = (n: number) => formatValue(n, "count");
const rows = (n: number) => `${count(n)} row${n === 1 ? "" : "s"}`;

type Listed = Rejection & { index: number };

/** The rejected rows with line, column and reason, the file column named beside the field it fed. */
export function RejectionTable({
  rejected,
  rejectedRows,
  sourceOf,
}: {
  rejected: Rejection[];
  rejectedRows: number;
  sourceOf: (field: string) => string | undefined;
}) {
  if (rejected.length === 0) return null;
  const shown: Listed[] = rejected.slice(0, SHOWN).map((r, index) => ({ ...r, index }));
  const columns: DataColumn<Listed>[] = [
    { id: "line", header: "Line", value: (r) => r.line, className: "tabular" },
    {
      id: "column",
      header: "Column",
      value: (r) => r.column ?? "whole line",
      cell: (r) => {
        const source = r.column ? sourceOf(r.column) : undefined;
        return (
          <>
            {r.column ?? "whole line"}
            {source && source !== r.column && <span className="block text-xs text-slate-600">file column “{source}”</span>}
          </>
        );
      },
    },
    { id: "message", header: "Problem", value: (r) => r.message, sortable: false },
  ];
  return (
    <div role="region" aria-label="Rejected rows" tabIndex={0} className="max-h-96 overflow-auto rounded border border-slate-200">
      <p className="bg-slate-50 px-3 py-2 text-sm text-slate-700">
        {rows(rejectedRows)} rejected.{" "}
        {shown.length < rejected.length
          ? `Showing the first ${count(shown.length)} of ${count(rejected.length)} problems`
          : `${count(rejected.length)} problem${rejected.length === 1 ? "" : "s"}`}
        {rejected.length >= MAX_LISTED ? ` (the server lists the first ${count(MAX_LISTED)})` : ""}.
      </p>
      <DataTable
        columns={columns}
        data={shown}
        getRowId={(r) => String(r.index)}
        caption="Rejected rows: line, column and problem"
        rowClassName={() => "align-top"}
      />
    </div>
  );
}

/** The dry run's verdict: what an import would write, and what it would refuse. */
export function CheckSummary({
  result,
  skipInvalid,
  sourceOf,
}: {
  result: ImportReport;
  skipInvalid: boolean;
  sourceOf: (field: string) => string | undefined;
}) {
  const ready = result.inserted + result.updated;
  const clean = result.rejectedRows === 0;
  return (
    <section
      aria-labelledby="import-check-heading"
      className={`space-y-3 rounded-lg border p-5 ${clean ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
    >
      <h2 id="import-check-heading" className="text-lg font-semibold">
        {clean ? "The file is ready to import" : "Some rows have problems"}
      </h2>
      <p className="text-sm">
        Nothing was written. {rows(ready)} {ready === 1 ? "is" : "are"} valid: {count(result.inserted)} new, {count(result.updated)} update
        {result.updated === 1 ? "" : "s"} of existing records.
        {!clean && ` ${rows(result.rejectedRows)} would be rejected. `}
        {!clean &&
          (skipInvalid
            ? "With “Skip invalid rows” ticked, the valid rows will be imported and these reported."
            : "An all-or-nothing import will be refused until they are fixed; or tick “Skip invalid rows”.")}
      </p>
      <RejectionTable rejected={result.rejected} rejectedRows={result.rejectedRows} sourceOf={sourceOf} />
    </section>
  );
}

/** The real import's answer: a summary on 200, the refusal with its reasons on 422. */
export function ImportSummary({ status, result, sourceOf }: { status: number; result: ImportReport; sourceOf: (field: string) => string | undefined }) {
  if (status === 422) {
    return (
      <section aria-labelledby="import-result-heading" className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-5 text-red-950">
        <h2 id="import-result-heading" className="text-lg font-semibold">
          Nothing was imported
        </h2>
        <p role="alert" className="text-sm">
          {rows(result.rejectedRows)} {result.rejectedRows === 1 ? "was" : "were"} rejected, so the whole file was refused. Fix the rows below and choose the
          corrected file, or tick “Skip invalid rows”.
        </p>
        <RejectionTable rejected={result.rejected} rejectedRows={result.rejectedRows} sourceOf={sourceOf} />
      </section>
    );
  }
  return (
    <section aria-labelledby="import-result-heading" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5">
      <h2 id="import-result-heading" className="text-lg font-semibold">
        Import complete
      </h2>
      <dl className="grid max-w-md grid-cols-3 gap-3 text-center">
        {[
          ["Inserted", result.inserted],
          ["Updated", result.updated],
          ["Rejected", result.rejectedRows],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md bg-white p-3 shadow-sm">
            <dt className="text-xs uppercase tracking-wide text-slate-600">{label}</dt>
            <dd className="tabular text-2xl font-semibold" data-testid={`import-${String(label).toLowerCase()}`}>
              {count(Number(value))}
            </dd>
          </div>
        ))}
      </dl>
      <RejectionTable rejected={result.rejected} rejectedRows={result.rejectedRows} sourceOf={sourceOf} />
      <p className="text-sm">
        <Link href="/" className="font-medium text-indigo-700 underline">
          See the overview
        </Link>{" "}
        with the imported {result.table}.
      </p>
    </section>
  );
}
