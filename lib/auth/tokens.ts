import { db } from "@/lib/db/client";
import { hashToken, newToken } from "./current-user";

/** The moment a token made now for `days` days stops working; null for a token that does not expire. */
export function expiryAfter(days: number | null | undefined): Date | null {
  return days ? new Date(Date.now() + days * 24 * 3600 * 1000) : null;
}

/** Creates an API token; the clear token is answered once and only its hash is stored. */
export async function createToken(userId: string, name: string, expiresAt: Date | null = null): Promise<string> {
  const token = newToken();
  await db().apiToken.create({ data: { userId, name, tokenHash: hashToken(token), expiresAt } });
  return token;
}
