import { recordAudit } from "@/lib/audit/record-audit";
import type { ClassActor, ClassAuditContext } from "@/lib/classes/class-actor";
import { db } from "@/lib/db/prisma";
import { assignmentTaughtBy } from "@/lib/assignments/assignment-taught-by";

/**
 * Withdraws an assignment: students no longer see it and get no reminder. Archived rather than deleted,
 * so the work students already did keeps its link and the teacher's record stays. Archiving twice is a
 * no-op (one audit entry).
 */
export async function archiveAssignment(
  actor: ClassActor,
  classId: string,
  assignmentId: string,
  context: ClassAuditContext = {},
): Promise<{ archived: boolean }> {
  return db.$transaction(async (tx) => {
    const assignment = await assignmentTaughtBy(tx, actor, classId, assignmentId);
    const archivedAt = new Date();
    const changed = await tx.assignment.updateMany({ where: { id: assignment.id, archivedAt: null }, data: { archivedAt } });
    if (changed.count === 0) return { archived: false };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.archive",
      entityType: "assignment",
      entityId: assignment.id,
      before: { archivedAt: null },
      after: { archivedAt: archivedAt.toISOString() },
      ...context,
    });
    return { archived: true };
  });
}
