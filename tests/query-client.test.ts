import { environmentManager } from "@tanstack/react-query";
import { afterEach, expect, test, vi } from "vitest";
import { getQueryClient } from "@/components/layout/query-client";

// Issue 9: a server render's QueryClient with a 10-minute gcTime kept every render's cache alive
// for 10 minutes through its garbage-collection timers.
afterEach(() => {
  vi.useRealTimers();
  environmentManager.setIsServer(() => typeof window === "undefined");
});

test("on the server each render gets a fresh client whose queries start no timer", () => {
  vi.useFakeTimers();
  const client = getQueryClient();
  expect(getQueryClient()).not.toBe(client);
  client.getQueryCache().build(client, { queryKey: ["kpis"] });
  expect(vi.getTimerCount()).toBe(0);
});

test("in the browser one client lives for the page and forgets unused queries after 10 minutes", () => {
  environmentManager.setIsServer(() => false);
  const client = getQueryClient();
  expect(getQueryClient()).toBe(client);
  expect(client.getQueryCache().build(client, { queryKey: ["kpis"] }).gcTime).toBe(10 * 60_000);
});
