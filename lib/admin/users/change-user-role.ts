import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { endStaleSessions } from "@/lib/auth/session-store";

export const userRoleInput = z.object({ role: z.enum(["STUDENT", "TEACHER", "ADMIN"], { error: "Choose STUDENT, TEACHER or ADMIN." }) });
export type UserRole = z.infer<typeof userRoleInput>["role"];

/** `revokedSessions` null: saved, but Redis could not be reached; the sessions end within a minute. */
export type RoleChange = { id: string; email: string; role: UserRole; changed: boolean; revokedSessions: number | null };

/**
 * Gives a user another role. Their sessions are revoked rather than patched: a session record carries the
 * role and is rewritten by the sliding-expiry touch, which could put a stale role back, whereas a deleted
 * session never returns. They get the new role when they next sign in. The change raises the user's
 * session generation in the same transaction, so a session the Redis delete missed is still refused
 * (lib/auth/session-store.ts), and sending the same change again ends whatever is still stale.
 */
export async function changeUserRole(
  actor: { id: string },
  userId: string,
  role: UserRole,
  context: { ip?: string; requestId?: string } = {},
): Promise<RoleChange> {
  if (!z.uuid().safeParse(userId).success) throw new NotFoundError("No such user.");
  // Also what keeps the last admin an admin: whoever asks is an admin, and cannot demote themselves.
  if (actor.id === userId) throw new BadRequestError("You cannot change your own role. Ask another admin to do it.");
  const result = await db.$transaction(async (tx) => {
    // Row lock: two admins changing the same user at once get audit entries whose before/after chain up.
    await tx.$queryRaw`select 1 from users where id = ${userId}::uuid for update`;
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, status: true } });
    if (!before) throw new NotFoundError("No such user.");
    if (before.status === "DELETED") throw new BadRequestError("This account is deleted; its role cannot be changed.");
    if (before.role === role) return { id: userId, email: before.email, role, changed: false };
    await tx.user.update({ where: { id: userId }, data: { role, sessionGeneration: { increment: 1 } }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role_change",
      entityType: "user",
      entityId: userId,
      before: { role: before.role },
      after: { role },
      ...context,
    });
    return { id: userId, email: before.email, role, changed: true };
  });
  const revokedSessions = await endStaleSessions(userId);
  return { ...result, revokedSessions };
}
