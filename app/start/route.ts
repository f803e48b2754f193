import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/current-user";

/** Where a user lands after signing in: sales leaders on the funnel, everyone else on the overview. */
export async function GET(request: Request) {
  const user = await currentUser();
  const path = !user ? "/signin" : user.role === "sales" ? "/funnel" : "/";
  return NextResponse.redirect(new URL(path, request.url));
}
