"use client";

import { useQuery } from "@tanstack/react-query";

export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GET an /api/v1 path and unwrap the error envelope into a readable message. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new FetchError(body?.error?.message ?? `The server answered ${response.status}`, response.status);
  }
  return response.json() as Promise<T>;
}

export type Option = { id: string; name: string };

export function useDimensionOptions() {
  return useQuery({
    queryKey: ["options"],
    queryFn: () => getJson<{ campaigns: Option[]; teams: Option[]; channels: string[] }>(`/api/v1/options`),
    staleTime: 5 * 60_000,
  });
}
