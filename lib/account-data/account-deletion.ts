import { recordAudit } from "@/lib/audit/record-audit";
import { revokeAllSessions } from "@/lib/auth/session-store";
import { cache } from "@/lib/cache/cache-aside";
import { db } from "@/lib/db/prisma";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { env } from "@/lib/env";
import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { NotFoundError } from "@/lib/errors";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { logger } from "@/lib/observability/logger";
import { dashboardKey, lastGoodDashboardKey } from "@/lib/progress/dashboard-cache";

/** Days between asking for deletion and the erasure: time to change one's mind, or to notice a stranger did. */
export const DELETION_GRACE_DAYS = 14;
const DAY_MS = 86_400_000;

type Context = { now?: Date; ip?: string; requestId?: string };
export type DeletionRequest = { deleteAfter: Date; alreadyRequested: boolean; revokedSessions: number };

/**
 * Schedules the account's erasure DELETION_GRACE_DAYS from now, emails the owner and signs them out on
 * every device, the current one included (whoever holds a session should not keep it through a deletion).
 * Signing in again during the grace period is allowed: the settings page then offers to cancel. Asking
 * again keeps the first date.
 */
export async function requestAccountDeletion(userId: string, context: Context = {}): Promise<DeletionRequest> {
  const now = context.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, timezone: true, status: true, deleteAfter: true } });
    if (!user || user.status === "DELETED") throw new NotFoundError("Your account could not be found.");
    if (user.deleteAfter) return { deleteAfter: user.deleteAfter, alreadyRequested: true };

    const deleteAfter = new Date(now.getTime() + DELETION_GRACE_DAYS * DAY_MS);
    // Conditional, so two concurrent requests schedule (and email) once.
    const { count } = await tx.user.updateMany({
      where: { id: userId, deleteAfter: null },
      data: { deletionRequestedAt: now, deleteAfter, sessionGeneration: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { deleteAfter: true } });
      return { deleteAfter: current.deleteAfter ?? deleteAfter, alreadyRequested: true };
    }
    await enqueueEmail(tx, {
      to: user.email,
      userId,
      template: "account-deletion-requested",
      data: {
        name: user.name ?? undefined,
        deleteOn: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: safeTimeZone(user.timezone) }).format(deleteAfter),
        settingsUrl: `${env.APP_URL}/settings`,
      },
      idempotencyKey: `account-deletion:${userId}:${now.getTime()}`,
    });
    await recordAudit(tx, {
      actorId: userId,
      action: "account.deletion_requested",
      entityType: "user",
      entityId: userId,
      after: { deleteAfter: deleteAfter.toISOString() },
      ip: context.ip,
      requestId: context.requestId,
    });
    return { deleteAfter, alreadyRequested: false };
  });
  const revokedSessions = await revokeAllSessions(userId);
  if (!result.alreadyRequested) await deliverEmailsSoon(context.requestId);
  return { ...result, revokedSessions };
}

/** Keeps the account: clears a pending deletion. Returns false when none was pending. */
export async function cancelAccountDeletion(userId: string, context: Omit<Context, "now"> = {}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { deleteAfter: true } });
    if (!before?.deleteAfter) return false;
    // Conditional: the erasure sweep locks the row, so a cancel either lands first or finds nothing to cancel.
    const { count } = await tx.user.updateMany({ where: { id: userId, deleteAfter: { not: null } }, data: { deletionRequestedAt: null, deleteAfter: null } });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: userId,
      action: "account.deletion_cancelled",
      entityType: "user",
      entityId: userId,
      before: { deleteAfter: before.deleteAfter.toISOString() },
      ip: context.ip,
      requestId: context.requestId,
    });
    return true;
  });
}

/**
 * The hourly erasure sweep: deletes the accounts whose grace period is over, oldest first, one transaction
 * each. Every table holding a user's data cascades from users; the outbox (SET NULL, to keep delivery
 * history) is deleted explicitly, since its rows hold the address and the bodies. Authored content and
 * audit entries they made keep existing with no author. Idempotent: an erased or cancelled account is
 * skipped. Leaves an audit entry with no actor (the system) and no personal data.
 */
export async function eraseDueAccounts({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<{ erased: string[] }> {
  const due = await db.$primary().user.findMany({ where: { deleteAfter: { lte: now } }, orderBy: { deleteAfter: "asc" }, take: limit, select: { id: true } });
  const erased: string[] = [];
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      // Locks the row and re-checks it: a cancel that committed in the meantime wins.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        select id from users where id = ${id}::uuid and delete_after <= ${now}::timestamp for update`;
      if (!locked.length) return false;
      const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { deletionRequestedAt: true, deleteAfter: true } });
      await tx.emailOutbox.deleteMany({ where: { userId: id } });
      // Files an admin made about this user (exports, reports naming them) hold their data too.
      await tx.$executeRaw`delete from generated_files where params->>'userId' = ${id} or params->'userIds' ? ${id}`;
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: "account.erase",
          entityType: "user",
          entityId: id,
          before: { deletionRequestedAt: user.deletionRequestedAt?.toISOString() ?? null, deleteAfter: user.deleteAfter?.toISOString() ?? null },
        },
      });
      await tx.user.delete({ where: { id }, select: { id: true } });
      return true;
    });
    if (!done) continue;
    erased.push(id);
    // After the commit: a session or a cached dashboard of an erased account must not outlive it.
    await Promise.all([revokeAllSessions(id), cache.invalidate(dashboardKey(id), lastGoodDashboardKey(id))]).catch((err: unknown) =>
      logger.warn({ err, userId: id }, "erased account: could not clear its sessions or cache; they expire on their own"),
    );
  }
  if (erased.length) logger.info({ erased: erased.length }, "erased accounts after their deletion grace period");
  return { erased };
}
