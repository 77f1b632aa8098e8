import { assertTeacher, type ClassActor } from "@/lib/classes/class-actor";
import type { DbTransaction } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The assignment, if the actor teaches its class (and the class is not archived). Anything else is the
 * same 404 as classTaughtBy: a teacher learns nothing about other classes' work.
 */
export async function assignmentTaughtBy(client: Pick<DbTransaction, "assignment">, actor: ClassActor, classId: string, assignmentId: string) {
  assertTeacher(actor);
  const found =
    UUID.test(classId) && UUID.test(assignmentId)
      ? await client.assignment.findFirst({
          where: { id: assignmentId, classId, class: { archivedAt: null, teachers: { some: { userId: actor.id } } } },
          select: {
            id: true,
            classId: true,
            title: true,
            kind: true,
            questionIds: true,
            filters: true,
            paper: true,
            topicIds: true,
            releaseAt: true,
            dueAt: true,
            timezone: true,
            archivedAt: true,
            createdAt: true,
            class: { select: { name: true, courseId: true } },
          },
        })
      : null;
  if (!found) throw new NotFoundError("There is no such assignment.");
  return found;
}
