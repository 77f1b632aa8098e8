import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { assertTeacher, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { createClassInput } from "@/lib/classes/class-input";
import { newJoinCode } from "@/lib/classes/join-code";
import { recordClassAudit } from "@/lib/classes/record-class-audit";

/** Creates a class for a live course, taught by the actor, open to join with a fresh code. */
export async function createClass(actor: ClassActor, input: unknown, context: ClassAuditContext = {}): Promise<{ id: string; joinCode: string }> {
  assertTeacher(actor);
  const { name, courseSlug, examMonth, examYear } = parseContentInput(createClassInput, input);
  const course = await db.course.findFirst({ where: { slug: courseSlug, archivedAt: null, subject: { archivedAt: null } }, select: { id: true } });
  throwIfIssues(course ? [] : [{ path: "courseSlug", message: "Choose a course from the list." }]);

  // A clash of random codes is a one-in-a-trillion event; one retry with a new code covers it.
  for (let attempt = 0; ; attempt++) {
    const joinCode = newJoinCode();
    try {
      return await db.$transaction(async (tx) => {
        const created = await tx.schoolClass.create({
          data: { name, courseId: course!.id, examMonth, examYear, joinCode, teachers: { create: { userId: actor.id } } },
          select: { id: true },
        });
        await recordClassAudit(tx, actor, created.id, "create", context, { after: { name, courseSlug, examMonth, examYear } });
        return { id: created.id, joinCode };
      });
    } catch (err) {
      if (attempt === 0 && err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") continue;
      throw err;
    }
  }
}
