"use client";

import { useState } from "react";
import { NativeSelect } from "@/components/ui/select";
import { FILE_ENCODINGS, type FileEncoding } from "@/features/imports/components/file-encoding";
import { formatBytes } from "@/features/imports/components/import-progress";

/** What the page says about the encoding, given whether the file's first bytes are valid UTF-8 (null: no file read yet). */
function encodingNote(encoding: FileEncoding, utf8: boolean | null): { text: string; warn: boolean } {
  if (utf8 === false && encoding === "utf-8") {
    return {
      text: "This file is not valid UTF-8, so the import will refuse it. Choose Windows-1252 if it comes from Excel or a CRM in a Western European language.",
      warn: true,
    };
  }
  if (utf8 === false) {
    return { text: "This file is not UTF-8, so it is read as Windows-1252. Check that the accents in the preview below look right.", warn: false };
  }
  return { text: "Chosen from the file's first bytes; change it if the accents in the preview look wrong.", warn: false };
}

/** A file input that also takes a file dropped anywhere on it, and the file's encoding. */
export function ImportFilePicker({
  file,
  onFile,
  encoding,
  onEncoding,
  utf8,
  disabled,
}: {
  file: File | null;
  onFile: (file: File) => void;
  encoding: FileEncoding;
  onEncoding: (encoding: FileEncoding) => void;
  utf8: boolean | null;
  disabled?: boolean;
}) {
  const [over, setOver] = useState(false);
  const note = encodingNote(encoding, utf8);
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
      <label htmlFor="import-encoding" className="mt-4 block text-sm font-medium text-slate-800">
        Encoding
      </label>
      <NativeSelect
        id="import-encoding"
        value={encoding}
        disabled={disabled}
        aria-describedby="import-encoding-help"
        onChange={(event) => onEncoding(FILE_ENCODINGS.find((option) => option.value === event.target.value)?.value ?? "utf-8")}
        className="mt-1 w-full sm:w-auto"
      >
        {FILE_ENCODINGS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
      <p id="import-encoding-help" role={note.warn ? "alert" : undefined} className={`mt-1 text-sm ${note.warn ? "text-red-800" : "text-slate-600"}`}>
        {file ? note.text : "UTF-8 unless the file comes from Excel or an older CRM in a Western European language; chosen for you when you pick a file."}
      </p>
    </section>
  );
}
