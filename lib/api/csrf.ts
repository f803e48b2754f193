import "server-only";
import type { AnyEndpoint } from "./contract";
import { ApiError, badRequest } from "./errors";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * One X-Forwarded-* value, believed only when TANDEM_TRUST_PROXY says how many reverse proxies of
 * ours stand in front: each appends what it saw, so the entry that many from the end is the one
 * our outermost proxy wrote, and anything before it is the client's invention.
 */
function forwarded(request: Request, name: string): string | null {
  const hops = Number(process.env.TANDEM_TRUST_PROXY ?? 0);
  if (!Number.isInteger(hops) || hops < 1) return null;
  const entries = (request.headers.get(name) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - hops] ?? entries[0] ?? null;
}

/** The origin the browser asked for: its Host header (what a trusted proxy received), and the scheme. */
export function ownOrigin(request: Request): string | null {
  const url = new URL(request.url);
  const host = forwarded(request, "x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const scheme = forwarded(request, "x-forwarded-proto") ?? url.protocol.slice(0, -1);
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a request comes from Tandem's own pages, or from no browser at all. Browsers say where
 * a request was made in Sec-Fetch-Site, older ones only in Origin; a client that sends neither is
 * a script, which no other site can make a user's browser be.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).origin === ownOrigin(request);
  } catch {
    // "null": a sandboxed frame, a redirect across sites, a privacy-minded browser.
    return false;
  }
}

/**
 * Cross-site request forgery: another site can make a signed-in user's browser send a request
 * with the session cookie (a form, or fetch without reading the answer), so a change that rides
 * on the cookie is accepted from Tandem's own pages only. A bearer token is never sent by a
 * browser on its own, so scripts that use one are not asked where they come from.
 */
export function assertSameOrigin(request: Request): void {
  if (!STATE_CHANGING.has(request.method)) return;
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return;
  if (!isSameOrigin(request)) throw new ApiError("forbidden", "Cross-site request refused");
}

/**
 * A JSON body must say so: a form or a text/plain body is what another site's page can send
 * without asking, and a script that forgot the header gets told rather than guessed at.
 */
export function assertJsonBody(request: Request, endpoint: AnyEndpoint): void {
  if (!endpoint.body) return;
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return;
  throw badRequest(
    type ? `The request body must be application/json, not ${type}.` : "The request body must be application/json; the request has no Content-Type.",
  );
}
