"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TableName } from "@/features/imports/tables";

export type Rejection = { line: number; column: string | null; message: string };

/** docs/api.md "CSV import": the answer of an import or a dry run. */
export type ImportResult = { table: TableName; inserted: number; updated: number; rejected: Rejection[]; rejectedRows: number; dryRun?: true };

export type ImportRequest = {
  table: TableName;
  file: File;
  map: Record<string, string>;
  mode: "all-or-nothing" | "skip-invalid";
  dryRun: boolean;
};

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "processing" }
  /** 200, or 422 with the rejected rows: both carry the import shape. */
  | { phase: "done"; status: number; result: ImportResult }
  /** Anything else: the envelope's message and, for a bad header, its details. */
  | { phase: "error"; status: number; message: string; details: Rejection[] };

function importUrl({ table, map, mode, dryRun }: ImportRequest): string {
  const query = new URLSearchParams({ mode, map: JSON.stringify(map), unmapped: "ignore" });
  if (dryRun) query.set("dryRun", "true");
  return `/api/v1/import/${table}?${query}`;
}

function readAnswer(xhr: XMLHttpRequest): UploadState {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not JSON (a proxy's error page): the status line is all there is.
  }
  const answer = body as (Partial<ImportResult> & { error?: { message?: string; details?: unknown } }) | null;
  if ((xhr.status === 200 || xhr.status === 422) && Array.isArray(answer?.rejected)) {
    return { phase: "done", status: xhr.status, result: answer as ImportResult };
  }
  const details = Array.isArray(answer?.error?.details) ? (answer.error.details as Rejection[]).filter((d) => typeof d?.message === "string") : [];
  const message =
    answer?.error?.message ??
    (xhr.status === 0 ? "The upload did not reach the server; check the connection and try again." : `The server answered ${xhr.status}.`);
  return { phase: "error", status: xhr.status, message, details };
}

/**
 * Sends a CSV file to the import API with XMLHttpRequest, whose upload progress reports the real
 * bytes sent (fetch has no upload progress); the browser streams the file from disk.
 */
export function useImportUpload() {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => xhrRef.current?.abort(), []);

  const send = useCallback((request: ImportRequest) => {
    xhrRef.current?.abort();
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    setState({ phase: "uploading", loaded: 0, total: request.file.size });
    xhr.upload.onprogress = (event) => {
      if (xhrRef.current !== xhr) return;
      setState({ phase: "uploading", loaded: event.loaded, total: event.lengthComputable ? event.total : request.file.size });
    };
    // Every byte is sent; the server now validates and writes, which has no progress to report.
    xhr.upload.onload = () => xhrRef.current === xhr && setState({ phase: "processing" });
    xhr.onload = () => xhrRef.current === xhr && setState(readAnswer(xhr));
    xhr.onerror = () => xhrRef.current === xhr && setState(readAnswer(xhr));
    xhr.open("POST", importUrl(request));
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.setRequestHeader("accept", "application/json");
    xhr.send(request.file);
  }, []);

  const reset = useCallback(() => {
    xhrRef.current?.abort();
    xhrRef.current = null;
    setState({ phase: "idle" });
  }, []);

  return { state, send, reset };
}

/** A mapping remembered per table in localStorage; storage being unavailable (private mode) only loses the memory. */
export function readRemembered(key: string): Record<string, string | null> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? "{}");
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string | null>) : {};
  } catch {
    return {};
  }
}

export function writeRemembered(key: string, value: Record<string, string | null>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy settings: the mapping is still applied, just not remembered.
  }
}
