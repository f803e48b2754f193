import type { ErrorCode } from "@/lib/api/contract";
import { ROUTE_METHODS } from "./route-methods";

type KnownPath = { pattern: RegExp; rank: string; allow: string[] };

/**
 * The paths of ROUTE_METHODS as patterns, with what their Allow header lists: Next answers HEAD
 * with GET and OPTIONS by itself, so those are allowed too. Ordered as Next picks a route file:
 * a fixed segment before a `{param}` in the same place (`/teams/trends` before `/teams/{id}`).
 */
function knownPaths(): KnownPath[] {
  return Object.entries(ROUTE_METHODS)
    .map(([path, methods]) => {
      const segments = path.split("/");
      const dynamic = (segment: string) => /^\{\w+\}$/.test(segment);
      const pattern = segments.map((s) => (dynamic(s) ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
      const allow = new Set<string>([...methods, "OPTIONS", ...(methods.includes("GET") ? ["HEAD"] : [])]);
      return { pattern: new RegExp(`^${pattern}$`), rank: segments.map((s) => (dynamic(s) ? "1" : "0")).join(""), allow: [...allow].sort() };
    })
    .sort((a, b) => a.rank.localeCompare(b.rank));
}

let known: KnownPath[] | undefined;

/** The methods the route file serving `pathname` answers (its Allow header), or null when no endpoint serves it. */
export function allowedMethods(pathname: string): string[] | null {
  known ??= knownPaths();
  return known.find((path) => path.pattern.test(pathname))?.allow ?? null;
}

/** The methods Next hands to a route file; any other it answers with an empty 400 itself. */
const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

function envelope(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/**
 * What the API answers before any route file runs, or null to let the request through. A known
 * path asked with a method its route file does not export answers 405 with the error envelope and
 * `Allow` (Next's own 405 has an empty body). Unknown paths are the catch-all route's
 * (app/api/v1/[...path]), except what Next never hands it: /api/v1 itself and methods it does not route.
 */
export function answerBeforeRouting(method: string, pathname: string): Response | null {
  const allow = allowedMethods(pathname);
  if (allow === null) {
    const reachesCatchAll = NEXT_METHODS.has(method) && pathname.startsWith("/api/v1/");
    return reachesCatchAll ? null : envelope(404, "not_found", `No endpoint serves ${pathname}; the endpoints are listed in /api/v1/openapi.json.`);
  }
  if (allow.includes(method)) return null;
  return envelope(405, "method_not_allowed", `${pathname} does not answer ${method}; it answers ${allow.join(", ")}.`, { allow: allow.join(", ") });
}
