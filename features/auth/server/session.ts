import "server-only";
import { ApiError } from "@/lib/api/errors";
import { signInWithPassword } from "@/lib/auth/options";
import { createToken, expiryAfter } from "@/lib/auth/tokens";

/**
 * A new API token for an active user's right email and password (docs/api.md "Authentication"),
 * under the sign-in rate limits: past them, 429 with Retry-After.
 */
export async function createSession(
  input: { email: string; password: string; name?: string; expires_in_days?: number | null },
  headers: Headers,
): Promise<{ token: string }> {
  const user = await signInWithPassword(input, headers);
  if (!user) throw new ApiError("unauthorized", "The email or password is wrong, or the user is deactivated.");
  return { token: await createToken(user.id, input.name ?? "API session", expiryAfter(input.expires_in_days)) };
}
