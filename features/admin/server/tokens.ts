import "server-only";
import type { ApiToken } from "@prisma/client";
import type { z } from "zod";
import { forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import { hashToken, newToken, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { expiryAfter } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import type { AdminToken, CreatedToken, tokenCreate } from "@/features/admin/contract";

type WithOwner = ApiToken & { user: { id: string; email: string; name: string } };

const OWNER = { user: { select: { id: true, email: true, name: true } } } as const;

function toAdminToken(t: WithOwner): AdminToken {
  return {
    id: t.id,
    name: t.name,
    created_at: t.createdAt.toISOString(),
    last_used_at: t.lastUsedAt?.toISOString() ?? null,
    revoked_at: t.revokedAt?.toISOString() ?? null,
    expires_at: t.expiresAt?.toISOString() ?? null,
    owner: t.user,
  };
}

const seesAll = (user: CurrentUser) => can(user.role, "manage:tokens");

/** Own tokens; an admin sees everyone's, with the owner. */
export async function listTokens(user: CurrentUser): Promise<AdminToken[]> {
  const tokens = await db().apiToken.findMany({
    where: seesAll(user) ? {} : { userId: user.id },
    include: OWNER,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return tokens.map(toAdminToken);
}

/** A token for the user themself; the clear token is in this answer only, its hash is stored. */
export async function createOwnToken(user: CurrentUser, input: z.output<typeof tokenCreate>): Promise<CreatedToken> {
  const token = newToken();
  return db().$transaction(async (tx) => {
    const created = toAdminToken(
      await tx.apiToken.create({
        data: { userId: user.id, name: input.name, tokenHash: hashToken(token), expiresAt: expiryAfter(input.expires_in_days) },
        include: OWNER,
      }),
    );
    await recordAudit(tx, { userId: user.id, action: "create", entity: "api_token", entityId: created.id, after: created });
    return { ...created, token };
  });
}

/** Revokes a token (its owner or an admin); revoking it again changes nothing. */
export async function revokeToken(user: CurrentUser, id: string): Promise<AdminToken> {
  return db().$transaction(async (tx) => {
    const current = await tx.apiToken.findUnique({ where: { id }, include: OWNER });
    if (!current) throw notFound(`There is no API token with id "${id}".`);
    if (current.userId !== user.id && !seesAll(user)) throw forbidden("Only its owner or an admin may revoke this token.");
    if (current.revokedAt) return toAdminToken(current);
    const revoked = toAdminToken(await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, include: OWNER }));
    await recordAudit(tx, { userId: user.id, action: "revoke", entity: "api_token", entityId: id, before: toAdminToken(current), after: revoked });
    return revoked;
  });
}
