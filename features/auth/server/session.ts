import "server-only";
import { ApiError } from "@/lib/api/errors";
import { checkCredentials } from "@/lib/auth/options";
import { createToken } from "@/lib/auth/tokens";

/** A new API token for an active user's right email and password (docs/api.md "Authentication"). */
export async function createSession(input: { email: string; password: string; name?: string }): Promise<{ token: string }> {
  const user = await checkCredentials(input);
  if (!user) throw new ApiError("unauthorized", "The email or password is wrong, or the user is deactivated.");
  return { token: await createToken(user.id, input.name ?? "API session") };
}
