import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { endStaleSessions } from "@/lib/auth/session-store";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";

export type TeacherDecision = "approve" | "decline";

/**
 * An admin approves or declines a request for teacher access. Approving makes a student a TEACHER the way
 * a role change does (sessions end, so the next sign-in carries the role) and emails them; declining only
 * clears the request. Either way the request is gone from the list and the decision is audited.
 */
export async function decideTeacherRequest(
  admin: { id: string },
  userId: string,
  decision: TeacherDecision,
  context: { ip?: string; requestId?: string } = {},
): Promise<{ email: string; roleChanged: boolean }> {
  if (!z.uuid().safeParse(userId).success) throw new NotFoundError("No such user.");
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`select 1 from users where id = ${userId}::uuid for update`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true, status: true, teacherRequestedAt: true } });
    if (!user) throw new NotFoundError("No such user.");
    if (!user.teacherRequestedAt) throw new BadRequestError("This person has no open request for teacher access.", undefined, "no_teacher_request");
    const roleChanged = decision === "approve" && user.role === "STUDENT" && user.status === "ACTIVE";
    await tx.user.update({
      where: { id: userId },
      data: { teacherRequestedAt: null, teacherRequestSchool: null, ...(roleChanged && { role: "TEACHER", sessionGeneration: { increment: 1 } }) },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: `user.teacher_request_${decision}`,
      entityType: "user",
      entityId: userId,
      before: { role: user.role },
      after: { role: roleChanged ? "TEACHER" : user.role },
      ...context,
    });
    if (decision === "approve" && user.status === "ACTIVE") {
      await enqueueEmail(tx, {
        to: user.email,
        userId,
        template: "teacher-access-approved",
        data: { name: user.name ?? undefined, teachUrl: `${env.APP_URL}/teach` },
        idempotencyKey: `teacher-access-approved:${userId}:${user.teacherRequestedAt.toISOString()}`,
      });
    }
    return { email: user.email, roleChanged };
  });
  if (result.roleChanged) await endStaleSessions(userId);
  if (decision === "approve") await deliverEmailsSoon();
  return result;
}
