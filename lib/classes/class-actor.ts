import type { DbTransaction } from "@/lib/db/prisma";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** Who acts on classes: the signed-in user as route handlers and server actions know them. */
export type ClassActor = { id: string; role: "STUDENT" | "TEACHER" | "ADMIN" };

/** Request details kept with each audit entry. */
export type ClassAuditContext = { ip?: string; requestId?: string };

/** Teaching is for teachers (and admins, who run the platform). Checked again in lib so no caller can skip it. */
export function assertTeacher(actor: ClassActor): void {
  if (actor.role !== "TEACHER" && actor.role !== "ADMIN") throw new ForbiddenError("Only teachers can do that.");
}

/**
 * The class, if the actor teaches it. A class the actor does not teach, an archived one (unless asked for)
 * or no class at all are the same answer, 404: a teacher of class X learns nothing about class Y.
 */
export async function classTaughtBy(
  client: Pick<DbTransaction, "schoolClass">,
  actor: ClassActor,
  classId: string,
  options: { includeArchived?: boolean } = {},
): Promise<{ id: string; name: string; courseId: string; joinCode: string | null; archivedAt: Date | null }> {
  assertTeacher(actor);
  const found = /^[0-9a-f-]{36}$/i.test(classId)
    ? await client.schoolClass.findFirst({
        where: { id: classId, teachers: { some: { userId: actor.id } }, ...(options.includeArchived ? {} : { archivedAt: null }) },
        select: { id: true, name: true, courseId: true, joinCode: true, archivedAt: true },
      })
    : null;
  if (!found) throw new NotFoundError("There is no such class.");
  return found;
}
