import crypto from "node:crypto";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";
import { authOptions } from "./options";
import { can, type Permission, type Role } from "./permissions";

export type CurrentUser = { id: string; email: string; name: string; role: Role; teamId: string | null };

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return `tdm_${crypto.randomBytes(32).toString("base64url")}`;
}

const SELECT = { id: true, email: true, name: true, role: true, teamId: true, active: true } as const;

async function userFromBearer(header: string): Promise<CurrentUser | null> {
  const token = header.slice("bearer ".length).trim();
  const found = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: SELECT } } });
  if (!found || found.revokedAt || !found.user.active) return null;
  // Recording use is not worth a write on every request; once a minute is enough.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return found.user;
}

/**
 * The signed-in user of a request, from a bearer token or the NextAuth session. The user is read
 * again from the database each time, so a deactivation or a role change applies at once.
 */
export async function currentUser(request?: Request): Promise<CurrentUser | null> {
  const authorization = request?.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return userFromBearer(authorization);
  const session = await getServerSession(authOptions);
  const uid = (session as { uid?: string } | null)?.uid;
  if (!uid) return null;
  const user = await db().user.findUnique({ where: { id: uid }, select: SELECT });
  return user?.active ? user : null;
}

/** The one place where requests are authorized: 401 without a user, 403 without the right. */
export async function authorize(request: Request, permission: Permission): Promise<CurrentUser> {
  const user = await currentUser(request);
  if (!user) throw new ApiError("unauthorized", "Sign in or send a bearer token (POST /api/v1/session).");
  if (!can(user.role, permission)) throw new ApiError("forbidden", `The ${user.role} role may not ${permission.replace(":", " ")}.`);
  return user;
}
