import "server-only";
import type { User } from "@prisma/client";
import type { z } from "zod";
import { conflict, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { AdminUser, userCreate, userUpdate } from "@/features/admin/contract";
import { checkTeam, duplicate } from "./shared";

function toAdminUser(user: User): AdminUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    team_id: user.teamId,
    active: user.active,
    created_at: user.createdAt.toISOString(),
  };
}

export async function listUsers(): Promise<AdminUser[]> {
  const users = await db().user.findMany({ orderBy: [{ active: "desc" }, { email: "asc" }] });
  return users.map(toAdminUser);
}

export async function getUser(id: string): Promise<AdminUser> {
  const user = await db().user.findUnique({ where: { id } });
  if (!user) throw notFound(`There is no user with id "${id}".`);
  return toAdminUser(user);
}

export async function createUser(actor: CurrentUser, input: z.output<typeof userCreate>): Promise<AdminUser> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    await checkTeam(tx, input.team_id);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw duplicate("email", `A user with email ${input.email} already exists.`);
    }
    const user = toAdminUser(
      await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, teamId: input.team_id ?? null, passwordHash } }),
    );
    await recordAudit(tx, { userId: actor.id, action: "create", entity: "user", entityId: user.id, after: user });
    return user;
  });
}

/**
 * Changes a user, refusing to leave the installation without an active admin. The active admins
 * are locked first so that two admins demoting each other at once cannot both succeed.
 */
export async function updateUser(actor: CurrentUser, id: string, input: z.output<typeof userUpdate>, action = "update"): Promise<AdminUser> {
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
    const current = await tx.user.findUnique({ where: { id } });
    if (!current) throw notFound(`There is no user with id "${id}".`);
    await checkTeam(tx, input.team_id);
    const staysAdmin = (input.role ?? current.role) === "admin" && (input.active ?? current.active);
    if (admins.some((a) => a.id === id) && !staysAdmin && admins.length <= 1) {
      throw conflict(`${current.email} is the last active admin; make another user an admin first.`);
    }
    const roleChanged = input.role !== undefined && input.role !== current.role;
    const activeChanged = input.active !== undefined && input.active !== current.active;
    const updated = await tx.user.update({
      where: { id },
      data: {
        name: input.name,
        role: input.role,
        teamId: input.team_id,
        active: input.active,
        passwordHash,
        // Browser sessions signed in before a new password, a role change or a (de)activation end now;
        // reactivating does not bring old sessions back.
        ...(passwordHash || roleChanged || activeChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    const before = toAdminUser(current);
    const after = toAdminUser(updated);
    // A new password shuts out whoever had the old one, and a deactivation everyone: their API
    // tokens are revoked, so a later reactivation does not revive them.
    if (passwordHash || (activeChanged && !updated.active)) {
      await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await recordAudit(tx, { userId: actor.id, action, entity: "user", entityId: id, before, after: passwordHash ? { ...after, password: "changed" } : after });
    return after;
  });
}

/** Users are deactivated, never deleted: the audit log and imported records keep naming them. */
export function deactivateUser(actor: CurrentUser, id: string): Promise<AdminUser> {
  return updateUser(actor, id, { active: false }, "deactivate");
}
