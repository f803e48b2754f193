import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { withSignInStatus } from "@/features/auth/server/sign-in-status";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

export async function POST(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return withSignInStatus((await handler(request, context)) as Response);
}

export { handler as GET };
