import { db } from "@/lib/db/client";
import { hashToken, newToken } from "./current-user";

/** Creates an API token; the clear token is answered once and only its hash is stored. */
export async function createToken(userId: string, name: string): Promise<string> {
  const token = newToken();
  await db().apiToken.create({ data: { userId, name, tokenHash: hashToken(token) } });
  return token;
}
