"use client";

import { useState } from "react";
import { formatBytes } from "@/features/imports/components/import-progress";

/** A file input that also takes a file dropped anywhere on it. */
export function ImportFilePicker({ file, onFile, disabled }: { file: File | null; onFile: (file: File) => void; disabled?: boolean }) {
  const [over, setOver] = useState(false);
  return (
    <section
      aria-labelledby="import-file-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped && !disabled) onFile(dropped);
      }}
      className={`rounded-lg border-2 border-dashed p-5 ${over ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white"}`}
    >
      <h2 id="import-file-heading" className="mb-2 text-lg font-semibold">
        2. File
      </h2>
      <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
        CSV file
      </label>
      <p id="import-file-help" className="mb-2 text-sm text-slate-600">
        Choose a file or drop it here. The first line names the columns; only the first rows are read to preview it.
      </p>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        aria-describedby="import-file-help"
        // Cleared on click so that choosing the same file again, after editing it, fires a change.
        onClick={(event) => {
          event.currentTarget.value = "";
        }}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onFile(chosen);
        }}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-700 file:px-3 file:py-2 file:text-sm file:font-medium file:text-white hover:file:bg-indigo-800"
      />
      {file && (
        <p className="mt-2 text-sm text-slate-700">
          Selected: <span className="font-medium">{file.name}</span> ({formatBytes(file.size)})
        </p>
      )}
    </section>
  );
}
