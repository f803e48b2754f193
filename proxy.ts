import { NextResponse, type NextRequest, type ProxyConfig } from "next/server";
import { answerBeforeRouting } from "@/features/api-docs/allowed-methods";
import { contentSecurityPolicy, newNonce } from "@/lib/security-headers";

/**
 * Runs before Next.js routes a request, for two things told apart by the path:
 * - the API: a path that exists, asked with a method it does not serve, answers 405 with the error
 *   envelope and `Allow` instead of Next.js's empty 405 (features/api-docs/allowed-methods.ts);
 * - pages: each page request gets its own Content-Security-Policy nonce. Next.js reads the policy
 *   from the request headers and puts the nonce on the scripts it renders; the browser gets the
 *   same policy. The other security headers, and the nonce-less policy of everything else, come
 *   from next.config.js.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) return answerBeforeRouting(request.method, pathname) ?? NextResponse.next();

  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Next.js reads a request's whole body (and keeps only its first 10 MB) before running the proxy
// on it, so a request with a body never runs it: pages take none, and an import streams gigabytes.
// The matchers are read at build time and must be written out in full.
export const config = {
  matcher: [
    {
      // Pages only: the API, Next's static files and the files of public/ have no inline scripts.
      source: "/((?!api/|_next/static/|_next/image|[\\w-]+\\.(?:ico|png|svg|webmanifest)$).*)",
      missing: [
        { type: "header", key: "content-length", value: "0*[1-9]\\d*" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    {
      // The API's 405: a request with a body to the wrong method gets Next.js's own, empty 405.
      source: "/api/v1/:path*",
      missing: [
        { type: "header", key: "content-length", value: "0*[1-9]\\d*" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
} satisfies ProxyConfig;
