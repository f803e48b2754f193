"use client";

import type { UploadState } from "@/features/imports/hooks";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Real upload progress while bytes are sent, then an indeterminate bar while the server works. */
export function ImportProgress({ state, what }: { state: UploadState; what: string }) {
  if (state.phase !== "uploading" && state.phase !== "processing") return null;
  const uploading = state.phase === "uploading";
  const percent = uploading && state.total > 0 ? Math.round((state.loaded / state.total) * 100) : null;
  return (
    <div role="status" className="space-y-1 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-900">
      <label htmlFor="import-progress" className="font-medium">
        {uploading
          ? `${what}: uploading ${formatBytes(state.loaded)} of ${formatBytes(state.total)}${percent === null ? "" : ` (${percent}%)`}`
          : `${what}: processing… the server is checking every row`}
      </label>
      {uploading ? (
        <progress id="import-progress" className="block h-2 w-full accent-indigo-700" max={state.total || 1} value={state.loaded} />
      ) : (
        <progress id="import-progress" className="block h-2 w-full accent-indigo-700" />
      )}
    </div>
  );
}
