import { NextResponse, type NextRequest, type ProxyConfig } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security-headers";

/**
 * Gives each page request its own Content-Security-Policy nonce. Next.js reads the policy from
 * the request headers and puts the nonce on the scripts it renders; the browser gets the same
 * policy. The other security headers, and the nonce-less policy of everything else, come from
 * next.config.js.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: the API, Next's static files and the files of public/ have no inline scripts.
      source: "/((?!api/|_next/static/|_next/image|[\\w-]+\\.(?:ico|png|svg|webmanifest)$).*)",
      // Next.js reads a request's whole body (and keeps up to 10 MB of it) before running the
      // proxy on it; pages take no bodies, so a request with one is left to the nonce-less policy.
      missing: [
        { type: "header", key: "content-length", value: "0*[1-9]\\d*" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
} satisfies ProxyConfig;
