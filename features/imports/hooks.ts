"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { ApiClientError, endpointUrl, readAnswer } from "@/lib/api/client";
import type { QueryIn } from "@/lib/api/contract";
import {
  importEndpoints,
  importProblem,
  importRefusal,
  type ImportEncoding,
  type ImportMode,
  type ImportProblem,
  type ImportReport,
} from "@/features/imports/contract";
import type { TableName } from "@/features/imports/tables";

export type ImportRequest = {
  table: TableName;
  file: File;
  map: Record<string, string | null>;
  mode: ImportMode;
  dryRun: boolean;
  encoding: ImportEncoding;
};

export type UploadState =
  | { phase: "idle" }
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "processing" }
  /** 200, or 422 with the rejected rows: both carry the import report. */
  | { phase: "done"; status: 200 | 422; result: ImportReport }
  /** Anything else, with the problems a 400 names (a bad header, a bad map, malformed CSV). */
  | { phase: "error"; error: ApiClientError; problems: ImportProblem[] };

const problems = z.array(importProblem);

function importUrl({ table, map, mode, dryRun, encoding }: ImportRequest): string {
  const query: QueryIn<typeof importEndpoints.run> = { mode, map: JSON.stringify(map), unmapped: "ignore", dryRun: dryRun ? "true" : undefined, encoding };
  return endpointUrl(importEndpoints.run, { params: { table }, query });
}

/** The answer of the upload, read as apiFetch reads one, so that a failure is an ApiClientError. */
async function readUpload(xhr: XMLHttpRequest): Promise<Extract<UploadState, { phase: "done" | "error" }>> {
  try {
    // Status 0: the request never reached the server (offline, aborted by a proxy).
    if (xhr.status === 0) throw new ApiClientError("The upload did not reach the server; check the connection and try again.", 0, "network", undefined);
    const result = await readAnswer<ImportReport>(new Response(xhr.responseText, { status: xhr.status }));
    return { phase: "done", status: 200, result };
  } catch (caught) {
    const error = caught instanceof ApiClientError ? caught : new ApiClientError(String(caught), xhr.status, "internal", undefined);
    // An all-or-nothing import refused for rejected rows answers 422 with the import report.
    const refusal = importRefusal.safeParse(error.body);
    if (error.status === 422 && refusal.success) return { phase: "done", status: 422, result: refusal.data };
    const named = problems.safeParse(error.details);
    return { phase: "error", error, problems: named.success ? named.data : [] };
  }
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
    const finish = async () => {
      const answer = await readUpload(xhr);
      if (xhrRef.current === xhr) setState(answer);
    };
    xhr.onload = () => void finish();
    xhr.onerror = () => void finish();
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
