import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit";
import { conflict, forbidden, notFound } from "@/lib/api/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getSetting } from "@/features/settings/server/settings";
import { REJECTION_REASONS, type HandoffItem, type RejectionReason } from "@/features/handoffs/contract";
import { INCLUDE, toItem, type HandoffRow } from "./handoff-item";

export type HandoffAction = { kind: "accept" } | { kind: "reject"; reason: RejectionReason } | { kind: "follow_up" };

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Why an action cannot apply to the handoff as it is now; null when it can. */
function refusal(row: HandoffRow, action: HandoffAction): string | null {
  if (action.kind === "follow_up") {
    return row.firstFollowUpAt ? `This handoff was already followed up on ${when(row.firstFollowUpAt)}; the first follow-up is kept.` : null;
  }
  if (row.acceptedAt) {
    return action.kind === "accept"
      ? `This handoff was already accepted on ${when(row.acceptedAt)}.`
      : `This handoff was accepted on ${when(row.acceptedAt)}; an accepted handoff cannot be rejected.`;
  }
  if (row.rejectedAt) {
    const reason = row.rejectionReason ? ` (${REJECTION_REASONS[row.rejectionReason as RejectionReason] ?? row.rejectionReason})` : "";
    return action.kind === "reject"
      ? `This handoff was already rejected on ${when(row.rejectedAt)}${reason}.`
      : `This handoff was rejected on ${when(row.rejectedAt)}${reason}; a rejected handoff cannot be accepted. Ask marketing to hand the lead over again.`;
  }
  return null;
}

function changes(action: HandoffAction, now: Date): Prisma.HandoffUpdateManyMutationInput {
  if (action.kind === "accept") return { acceptedAt: now };
  if (action.kind === "reject") return { rejectedAt: now, rejectionReason: action.reason };
  return { firstFollowUpAt: now };
}

const audited = (row: HandoffRow) => ({
  version: row.version,
  acceptedAt: row.acceptedAt,
  rejectedAt: row.rejectedAt,
  rejectionReason: row.rejectionReason,
  firstFollowUpAt: row.firstFollowUpAt,
});

/**
 * Accept, reject or mark a handoff followed up: checks the user's team, the version the user
 * read and the state transition, stamps the time on the server and audits, in one transaction.
 * Decisions are final (no undo): an accepted handoff cannot be rejected and the reverse.
 */
export async function actOnHandoff(user: CurrentUser, id: string, version: number, action: HandoffAction, now = new Date()): Promise<HandoffItem> {
  const slaHours = await getSetting("followUpSlaHours");
  return db().$transaction(async (tx) => {
    const row = await tx.handoff.findUnique({ where: { id }, include: INCLUDE });
    if (!row) throw notFound(`No handoff "${id}".`);
    if (user.role === "sales" && row.teamId !== user.teamId) {
      throw forbidden(
        user.teamId
          ? "This handoff belongs to another team; sales users update their own team's handoffs only."
          : "You are in no sales team yet; ask an admin to add you to one.",
      );
    }
    const current = toItem(row, slaHours, now);
    if (row.version !== version) {
      throw conflict(`This handoff changed since you loaded it (it is now ${current.status}, version ${row.version}). Reload and try again.`, {
        reason: "stale_version",
        handoff: current,
      });
    }
    const refused = refusal(row, action);
    if (refused) throw conflict(refused, { reason: "invalid_transition", handoff: current });

    // The version in the filter makes a concurrent change lose cleanly instead of overwriting.
    const { count } = await tx.handoff.updateMany({ where: { id, version }, data: { ...changes(action, now), version: { increment: 1 } } });
    if (count === 0) throw conflict("This handoff changed while you were saving. Reload and try again.", { reason: "stale_version", handoff: current });
    const updated = await tx.handoff.findUniqueOrThrow({ where: { id }, include: INCLUDE });
    await recordAudit(tx, { userId: user.id, action: action.kind, entity: "handoff", entityId: id, before: audited(row), after: audited(updated) });
    return toItem(updated, slaHours, now);
  });
}
