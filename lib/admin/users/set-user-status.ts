import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { endStaleSessions } from "@/lib/auth/session-store";

export const userStatusInput = z.object({ status: z.enum(["ACTIVE", "SUSPENDED"]) });

/**
 * Suspends or reactivates a user. Suspension raises the session generation with the status and ends every
 * session, so the user is signed out on their next request, wherever they are; if Redis cannot be reached
 * for that (`revokedSessions` null), the sessions are refused at their next database check, within a
 * minute, and suspending again retries the revocation.
 */
export async function setUserStatus(actor: { id: string }, userId: string, status: "ACTIVE" | "SUSPENDED", context: { ip?: string; requestId?: string } = {}) {
  if (!z.uuid().safeParse(userId).success) throw new NotFoundError("No such user.");
  if (actor.id === userId) throw new BadRequestError("You cannot change your own account's status.");
  const updated = await db.$transaction(async (tx) => {
    // Row lock: two admins acting on one user at once get audit entries whose before/after chain up.
    await tx.$queryRaw`select 1 from users where id = ${userId}::uuid for update`;
    const before = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    if (!before) throw new NotFoundError("No such user.");
    // Reactivating would quietly undo a deletion; deleted accounts are handled by the deletion flow only.
    if (before.status === "DELETED") throw new BadRequestError("This account is deleted; it cannot be suspended or reactivated.");
    const user = await tx.user.update({
      where: { id: userId },
      data: { status, ...(status === "SUSPENDED" && before.status !== "SUSPENDED" ? { sessionGeneration: { increment: 1 } } : {}) },
      select: { id: true, email: true, status: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "SUSPENDED" ? "user.suspend" : "user.reactivate",
      entityType: "user",
      entityId: userId,
      before,
      after: { status },
      ...context,
    });
    return user;
  });
  const revokedSessions = status === "SUSPENDED" ? await endStaleSessions(userId) : 0;
  return { ...updated, revokedSessions };
}
