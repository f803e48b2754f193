import "server-only";
import { parseSignInError } from "@/lib/auth/sign-in-error";

/**
 * NextAuth answers every failed browser sign-in with 401 and the error code in a URL. A sign-in
 * refused by the rate limit or a lost database gets the status POST /api/v1/session would give
 * instead: 429 with Retry-After, or 503. The sign-in form reads the code either way.
 */
export async function withSignInStatus(response: Response): Promise<Response> {
  if (response.status !== 401 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const { url } = (await response.clone().json()) as { url?: unknown };
  if (typeof url !== "string") return response;
  const failure = parseSignInError(new URL(url, "http://tandem.invalid").searchParams.get("error"));
  if (failure?.kind !== "limited" && failure?.kind !== "unavailable") return response;
  const headers = new Headers(response.headers);
  if (failure.kind === "limited") headers.set("Retry-After", String(failure.retryAfter));
  return new Response(response.body, { status: failure.kind === "limited" ? 429 : 503, headers });
}
