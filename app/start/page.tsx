import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";

/**
 * Where a user lands after signing in: sales leaders on the funnel, everyone else on the overview.
 * A page rather than a route handler so the redirect stays relative to the host the browser used.
 */
export default async function StartPage() {
  const user = await currentUser();
  redirect(!user ? "/signin" : user.role === "sales" ? "/funnel" : "/");
}
