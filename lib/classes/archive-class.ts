import { db } from "@/lib/db/prisma";
import { classTaughtBy, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { recordClassAudit } from "@/lib/classes/record-class-audit";
import { classArchived } from "@/lib/class-cache/class-membership-changed";

/**
 * Archives a class at the end of its course: it leaves the teachers' and students' lists and can no
 * longer be joined (its code is cleared). Nothing is deleted: the students' work is theirs.
 */
export async function archiveClass(actor: ClassActor, classId: string, context: ClassAuditContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await classTaughtBy(tx, actor, classId);
    await tx.schoolClass.update({ where: { id: found.id }, data: { archivedAt: new Date(), joinCode: null } });
    await recordClassAudit(tx, actor, found.id, "archive", context, { before: { archived: false }, after: { archived: true } });
  });
  await classArchived(classId);
}
