import crypto from "node:crypto";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";
import { authOptions, type SessionClaims } from "./options";
import { can, type Permission, type Role } from "./permissions";

export type CurrentUser = { id: string; email: string; name: string; role: Role; teamId: string | null };

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return `tdm_${crypto.randomBytes(32).toString("base64url")}`;
}

const SELECT = { id: true, email: true, name: true, role: true, teamId: true, active: true } as const;

function toCurrentUser(user: CurrentUser & { active: boolean }): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, teamId: user.teamId };
}

async function userFromBearer(header: string): Promise<CurrentUser | null> {
  const token = header.slice("bearer ".length).trim();
  const found = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: SELECT } } });
  if (!found || found.revokedAt || !found.user.active) return null;
  if (found.expiresAt && found.expiresAt.getTime() <= Date.now()) return null;
  // Recording use is not worth a write on every request; once a minute is enough.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return toCurrentUser(found.user);
}

/**
 * The user of a browser session, read again from the database: a deactivated user, a session
 * signed out of, or one signed in before the user's session version last moved (a new password,
 * a role change, a deactivation) reads as nobody.
 */
export async function userFromSession(claims: SessionClaims | null): Promise<CurrentUser | null> {
  if (typeof claims?.uid !== "string" || typeof claims.sv !== "number" || typeof claims.sid !== "string") return null;
  const [user, signedOut] = await Promise.all([
    db().user.findUnique({ where: { id: claims.uid }, select: { ...SELECT, sessionVersion: true } }),
    db().signedOutSession.findUnique({ where: { id: claims.sid }, select: { id: true } }),
  ]);
  return user?.active && user.sessionVersion === claims.sv && !signedOut ? toCurrentUser(user) : null;
}

/**
 * The signed-in user of a request, from a bearer token or the NextAuth session. The user is read
 * again from the database each time, so a deactivation, a role change or a sign-out applies at once.
 */
export async function currentUser(request?: Request): Promise<CurrentUser | null> {
  const authorization = request?.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return userFromBearer(authorization);
  return userFromSession((await getServerSession(authOptions)) as SessionClaims | null);
}

/** The one place where requests are authorized: 401 without a user, 403 without the right. */
export async function authorize(request: Request, permission: Permission): Promise<CurrentUser> {
  const user = await currentUser(request);
  if (!user) throw new ApiError("unauthorized", "Sign in or send a bearer token (POST /api/v1/session).");
  if (!can(user.role, permission)) throw new ApiError("forbidden", `The ${user.role} role may not ${permission.replace(":", " ")}.`);
  return user;
}
