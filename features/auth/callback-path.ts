import type { Role } from "@/lib/auth/permissions";

/** Where a user lands after signing in when nothing else was asked for: sales on the funnel, everyone else on the overview. */
export function landingPath(role: Role): string {
  return role === "sales" ? "/funnel" : "/";
}

const BASE = "http://tandem.invalid";

function isLocalPath(path: string): boolean {
  // One "/" then anything but "/" or "\": "//host" and "/\host" are other sites to a browser.
  if (!/^\/(?![/\\])/.test(path)) return false;
  // Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil") and read "\" as "/".
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return false;
  return new URL(path, BASE).origin === BASE;
}

/**
 * A `callbackUrl` as a path on this site, or `fallback`. Only a path that starts with a single "/"
 * passes, without control characters or backslashes, also once percent-decoded (`/%5Cevil`):
 * never another host, a scheme-relative or an absolute URL.
 */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  return isLocalPath(value) && isLocalPath(decoded) ? value : fallback;
}
