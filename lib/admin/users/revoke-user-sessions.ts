import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { describeDevice } from "@/lib/sessions/describe-device";
import { listSessions, revokeAllSessions, revokeSession, type SessionSummary } from "@/lib/auth/session-store";

/** Session ids as the session store mints them (32 random bytes, base64url). */
export const sessionIdParam = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Not a session id.");

type Actor = { id: string; sessionId?: string };
type Context = { ip?: string; requestId?: string };

// The audit log names a session by a short prefix and its device: enough to tell sessions apart, while the
// full id (half of what a session cookie stands for) never leaves Redis.
const auditView = (s: SessionSummary) => ({
  session: s.id.slice(0, 8),
  device: describeDevice(s.userAgent),
  ip: s.ip,
  createdAt: new Date(s.createdAt).toISOString(),
});

async function assertUser(userId: string) {
  const user = z.uuid().safeParse(userId).success ? await db.$primary().user.findUnique({ where: { id: userId }, select: { id: true } }) : null;
  if (!user) throw new NotFoundError("No such user.");
}

/**
 * Signs a user out of one device. The Redis delete runs inside the audit entry's transaction, so an entry
 * is committed only for a revocation that happened (and a failed revocation leaves no entry).
 */
export async function revokeUserSession(actor: Actor, userId: string, sessionId: string, context: Context = {}): Promise<{ revoked: true }> {
  await assertUser(userId);
  const session = sessionIdParam.safeParse(sessionId).success ? (await listSessions(userId)).find((s) => s.id === sessionId) : undefined;
  if (!session) throw new NotFoundError("That session has already ended.");
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.session_revoke",
      entityType: "user",
      entityId: userId,
      before: auditView(session),
      after: { session: session.id.slice(0, 8), revoked: true },
      ...context,
    });
    if (!(await revokeSession(userId, sessionId))) throw new NotFoundError("That session has already ended.");
  });
  return { revoked: true };
}

/**
 * Signs a user out everywhere. An admin doing this to their own account keeps the session they are using,
 * so the button does not sign them out of the page they pressed it on.
 */
export async function revokeAllUserSessions(actor: Actor, userId: string, context: Context = {}): Promise<{ revoked: number }> {
  await assertUser(userId);
  const except = actor.id === userId ? actor.sessionId : undefined;
  const sessions = (await listSessions(userId)).filter((s) => s.id !== except);
  if (!sessions.length) return { revoked: 0 };
  const revoked = await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.sessions_revoke_all",
      entityType: "user",
      entityId: userId,
      before: { sessions: sessions.map(auditView) },
      after: { sessions: [] },
      ...context,
    });
    return revokeAllSessions(userId, { except });
  });
  return { revoked };
}
