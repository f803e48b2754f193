import { NextResponse, type NextRequest } from "next/server";
import { answerBeforeRouting } from "@/features/api-docs/allowed-methods";

/** Runs before the route files of the API: unknown methods get the error envelope (features/api-docs/allowed-methods.ts). */
export function proxy(request: NextRequest) {
  return answerBeforeRouting(request.method, request.nextUrl.pathname) ?? NextResponse.next();
}

export const config = { matcher: "/api/v1/:path*" };
