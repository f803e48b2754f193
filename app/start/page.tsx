import { redirect } from "next/navigation";
import { landingPath } from "@/features/auth/callback-path";
import { currentUser } from "@/lib/auth/current-user";

/**
 * Where a user lands after signing in (features/auth/callback-path.ts). A page rather than a
 * route handler so the redirect stays relative to the host the browser used.
 */
export default async function StartPage() {
  const user = await currentUser();
  redirect(user ? landingPath(user.role) : "/signin");
}
