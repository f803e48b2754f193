import type { Prisma, PrismaClient } from "@prisma/client";
import { db } from "@/lib/db/client";

type Client = PrismaClient | Prisma.TransactionClient;

export type AuditEntry = {
  userId: string | null;
  action: "create" | "update" | "delete" | "import" | (string & {});
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy of a record for the audit log: Decimals and dates as strings, BigInts as text. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/** Writes one audit entry; pass the transaction client so the entry commits with the change. */
export async function recordAudit(client: Client, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}

/** A record's history, newest first, with the name of who made each change. */
export async function auditHistory(entity: string, entityIds: string[], limit = 200) {
  const rows = await db().auditLog.findMany({
    where: { entity, entityId: { in: entityIds } },
    orderBy: { at: "desc" },
    take: limit,
  });
  const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is string => id !== null))];
  const users = await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at.toISOString(),
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    user: r.userId ? (byId.get(r.userId) ?? { id: r.userId, name: "(deleted user)", email: "" }) : null,
    before: r.before,
    after: r.after,
  }));
}
