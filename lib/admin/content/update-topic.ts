import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput } from "@/lib/admin/content/content-validation-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { codeTaken, topicFields, topicSnapshot } from "@/lib/admin/content/topic-fields";

export const updateTopicInput = topicFields.extend({ id: rowId("a topic") });

/**
 * Renames or recodes a topic. Attempts, progress and questions refer to topics by id, so they follow;
 * links that filter the question bank by the old code stop matching, as a syllabus change means.
 */
export async function updateTopic(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string }> {
  assertAdmin(actor);
  const { id, ...data } = parseContentInput(updateTopicInput, input);
  const before = await db
    .$transaction(async (tx) => {
      const row = await tx.topic.findUnique({ where: { id }, select: { ...topicSnapshot, course: { select: { slug: true } } } });
      if (!row) throw new NotFoundError("There is no such topic.");
      const { course, ...beforeRow } = row;
      const after = await tx.topic.update({ where: { id }, data, select: topicSnapshot });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "topic.update",
        entityType: "topic",
        entityId: id,
        before: auditSnapshot(beforeRow),
        after: auditSnapshot(after),
        ...context,
      });
      return { courseId: beforeRow.courseId, slug: course.slug };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw codeTaken(data.code);
      throw err;
    });
  await refreshContentCaches({ courseSlugs: [before.slug], dashboardCourseIds: [before.courseId] });
  return { id };
}
