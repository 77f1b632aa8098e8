import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { classTaughtBy, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { recordClassAudit } from "@/lib/classes/record-class-audit";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { classLeft } from "@/lib/class-cache/class-membership-changed";

/** A teacher removes a student from the class (the student can join again while joining is open). */
export async function removeClassMember(actor: ClassActor, classId: string, studentId: string, context: ClassAuditContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await classTaughtBy(tx, actor, classId);
    const removed = /^[0-9a-f-]{36}$/i.test(studentId) ? await tx.classMember.deleteMany({ where: { classId: found.id, userId: studentId } }) : { count: 0 };
    if (removed.count === 0) throw new NotFoundError("That student is not in the class.");
    await recordClassAudit(tx, actor, found.id, "remove-member", context, { before: { studentId } });
  });
  await classLeft(studentId, classId);
  await invalidateDashboard(studentId);
}
