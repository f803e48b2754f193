"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { readRemembered, useImportUpload, writeRemembered } from "@/features/imports/hooks";
import { decodeHead, guessEncoding, isUtf8, type FileEncoding } from "@/features/imports/components/file-encoding";
import { ImportFilePicker } from "@/features/imports/components/import-file-picker";
import { ImportMapping, ImportPreviewTable } from "@/features/imports/components/import-mapping";
import { ImportProgress } from "@/features/imports/components/import-progress";
import { CheckSummary, ImportSummary } from "@/features/imports/components/import-report";
import { ImportTablePicker, tableLabel } from "@/features/imports/components/import-table-picker";
import { Button } from "@/components/ui/button";
import { Loading } from "@/components/ui/states";
import {
  hasProblems,
  mappingProblems,
  parsePreview,
  PREVIEW_BYTES,
  rememberMapping,
  storageKey,
  suggestMapping,
  toColumnMap,
  type ImportTableSpec,
  type Mapping,
  type Preview,
} from "@/features/imports/mapping";
import type { TableName } from "@/features/imports/tables";

/** `utf8`: whether the file's first bytes are valid UTF-8, which the page tells the user when it matters. */
type PreviewState = { status: "none" } | { status: "reading" } | { status: "ready"; preview: Preview; utf8: boolean } | { status: "error"; message: string };

function firstTable(tables: ImportTableSpec[]): TableName | null {
  return (tables.find((t) => t.name === "leads" && t.allowed) ?? tables.find((t) => t.allowed))?.name ?? null;
}

/**
 * Reads only the file's first bytes, so a file of a million rows previews as fast as a small one;
 * in the encoding asked for, or (null) the one its bytes suggest.
 */
async function readPreview(file: File, wanted: FileEncoding | null): Promise<{ preview: Preview; encoding: FileEncoding; utf8: boolean }> {
  const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  const encoding = wanted ?? guessEncoding(head);
  const preview = parsePreview(decodeHead(head, encoding), file.size > PREVIEW_BYTES);
  if (preview.header.length === 0) throw new Error("The file is empty; its first line must name the columns.");
  return { preview, encoding, utf8: isUtf8(head) };
}

/** The import page: table → file → columns → check (a dry run) → import. */
export function ImportView({ tables, role }: { tables: ImportTableSpec[]; role: string }) {
  const [table, setTable] = useState<TableName | null>(() => firstTable(tables));
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PreviewState>({ status: "none" });
  const [encoding, setEncoding] = useState<FileEncoding>("utf-8");
  const [mapping, setMapping] = useState<Mapping>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [action, setAction] = useState<"check" | "import">("check");
  const upload = useImportUpload();
  const queryClient = useQueryClient();
  const reading = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);

  const spec = tables.find((t) => t.name === table) ?? null;
  const header = preview.status === "ready" ? preview.preview.header : null;
  const problems = useMemo(() => (spec && header ? mappingProblems(spec, header, mapping) : null), [spec, header, mapping]);
  const busy = upload.state.phase === "uploading" || upload.state.phase === "processing";

  // A finished import changes every KPI: the other pages must read them again.
  const imported = upload.state.phase === "done" && action === "import" && upload.state.status === 200;
  useEffect(() => {
    if (imported) void queryClient.invalidateQueries();
  }, [imported, queryClient]);

  // The verdict appears below a long column list: bring it, and screen readers, to it.
  const finished = upload.state.phase === "done";
  useEffect(() => {
    if (finished) resultRef.current?.focus();
  }, [finished]);

  if (!spec || !table) {
    return (
      <p className="rounded-md border border-slate-200 bg-white p-5 text-sm">Your role ({role}) may not import any table. Ask an admin to import the file.</p>
    );
  }

  const suggest = (name: TableName, fileHeader: string[]) => {
    const target = tables.find((t) => t.name === name)!;
    return suggestMapping(target, fileHeader, readRemembered(storageKey(name)));
  };

  const chooseTable = (name: TableName) => {
    setTable(name);
    upload.reset();
    if (header) setMapping(suggest(name, header));
  };

  const showPreview = async (chosen: File, wanted: FileEncoding | null) => {
    const ticket = ++reading.current;
    upload.reset();
    setPreview({ status: "reading" });
    try {
      const read = await readPreview(chosen, wanted);
      if (ticket !== reading.current) return;
      setEncoding(read.encoding);
      setPreview({ status: "ready", preview: read.preview, utf8: read.utf8 });
      // The header's names change with the encoding when they have accents.
      setMapping(suggest(table, read.preview.header));
    } catch (error) {
      if (ticket !== reading.current) return;
      setPreview({
        status: "error",
        message: error instanceof Error ? `This file could not be read as CSV: ${error.message}` : "This file could not be read as CSV.",
      });
    }
  };

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    void showPreview(chosen, null);
  };

  const chooseEncoding = (next: FileEncoding) => {
    setEncoding(next);
    upload.reset();
    if (file) void showPreview(file, next);
  };

  const chooseField = (index: number, field: string | null) => {
    const next = mapping.map((f, i) => (i === index ? field : f));
    setMapping(next);
    upload.reset();
    if (header) writeRemembered(storageKey(table), rememberMapping(readRemembered(storageKey(table)), header, next));
  };

  const start = (kind: "check" | "import") => {
    if (!file || !header) return;
    setAction(kind);
    writeRemembered(storageKey(table), rememberMapping(readRemembered(storageKey(table)), header, mapping));
    // The check counts the valid rows (an all-or-nothing dry run with a bad row would say 0) and
    // the summary explains what the chosen mode will do with the rejected ones.
    const mode = kind === "check" || skipInvalid ? "skip-invalid" : "all-or-nothing";
    upload.send({ table, file, map: toColumnMap(header, mapping), mode, dryRun: kind === "check", encoding });
  };

  const sourceOf = (field: string) => {
    const index = mapping.indexOf(field);
    return header && index >= 0 ? header[index] : undefined;
  };

  const blocked = !file
    ? "Choose a file first."
    : preview.status !== "ready"
      ? "The file has to be read first."
      : problems && hasProblems(problems)
        ? "Fix the columns above first."
        : null;
  const state = upload.state;

  return (
    <div className="space-y-6">
      {/* An import cannot be called back once sent, so nothing that would abandon it can be changed meanwhile. */}
      <ImportTablePicker tables={tables} value={table} role={role} disabled={busy} onChange={chooseTable} />
      <ImportFilePicker
        file={file}
        onFile={chooseFile}
        encoding={encoding}
        onEncoding={chooseEncoding}
        utf8={preview.status === "ready" ? preview.utf8 : null}
        disabled={busy}
      />

      {preview.status === "reading" && <Loading label="Reading the first rows" rows={1} className="h-16" />}
      {preview.status === "error" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          {preview.message}
        </p>
      )}
      {preview.status === "ready" && problems && (
        <>
          <ImportPreviewTable preview={preview.preview} />
          <ImportMapping spec={spec} preview={preview.preview} mapping={mapping} problems={problems} disabled={busy} onChange={chooseField} />
        </>
      )}

      <section aria-labelledby="import-run-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="import-run-heading" className="text-lg font-semibold">
          4. Check and import into {tableLabel(table).toLowerCase()}
        </h2>
        <div className="flex items-start gap-2 text-sm">
          <input
            id="import-skip-invalid"
            type="checkbox"
            checked={skipInvalid}
            disabled={busy}
            onChange={(event) => setSkipInvalid(event.target.checked)}
            aria-describedby="import-skip-invalid-help"
            className="mt-0.5 h-4 w-4 accent-indigo-700"
          />
          <div>
            <label htmlFor="import-skip-invalid" className="font-medium">
              Skip invalid rows
            </label>
            <p id="import-skip-invalid-help" className="text-slate-600">
              Off: all or nothing, one bad row refuses the whole file. On: the valid rows are imported and the others reported.
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            onClick={() => start("check")}
            disabled={Boolean(blocked) || busy}
            aria-describedby={blocked ? "import-blocked" : undefined}
          >
            Check file
          </Button>
          <Button onClick={() => start("import")} disabled={Boolean(blocked) || busy} aria-describedby={blocked ? "import-blocked" : undefined}>
            Import
          </Button>
          {blocked && (
            <p id="import-blocked" className="text-sm text-slate-600">
              {blocked}
            </p>
          )}
        </div>
        <ImportProgress state={state} what={action === "check" ? "Checking" : "Importing"} />
        {state.phase === "error" && (
          <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
            <p className="font-medium">{action === "check" ? "The file could not be checked." : "Nothing was imported."}</p>
            <p>{state.error.message}</p>
            {state.problems.length > 0 && (
              <ul className="list-disc pl-5">
                {state.problems.slice(0, 50).map((d, i) => (
                  <li key={i}>
                    {d.line ? `Line ${d.line}` : "The file"}
                    {d.column ? `, column ${d.column}` : ""}: {d.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {state.phase === "done" && action === "check" && <CheckSummary result={state.result} skipInvalid={skipInvalid} sourceOf={sourceOf} />}
        {state.phase === "done" && action === "import" && <ImportSummary status={state.status} result={state.result} sourceOf={sourceOf} />}
      </div>
    </div>
  );
}
