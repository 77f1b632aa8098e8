import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subtreeIds } from "@/lib/admin/content/layout-topic-tree";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { lockCourseTopics } from "@/lib/admin/content/relayout-course-topics";

export const restoreTopicInput = z.object({ id: rowId("a topic") });

/**
 * Brings an archived topic back with its subtopics. Questions and flashcards archived with it stay
 * archived: an admin republishes the ones that still fit.
 */
export async function restoreTopic(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; restoredTopics: number }> {
  assertAdmin(actor);
  const { id } = parseContentInput(restoreTopicInput, input);
  const result = await db.$transaction(async (tx) => {
    const courseId = (await tx.topic.findUnique({ where: { id }, select: { courseId: true } }))?.courseId;
    if (!courseId) throw new NotFoundError("There is no such topic.");
    const { course, topics } = await lockCourseTopics(tx, courseId);
    const topic = topics.find((t) => t.id === id)!;
    const parent = topic.parentId ? topics.find((t) => t.id === topic.parentId) : null;
    if (parent?.archivedAt) throw new ContentValidationError([{ path: "id", message: `Its parent topic ${parent.code} is archived: restore that first` }]);
    const restored = topics.filter((t) => subtreeIds(topics, id).has(t.id) && t.archivedAt).map((t) => t.id);
    await tx.topic.updateMany({ where: { id: { in: restored } }, data: { archivedAt: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.restore",
      entityType: "topic",
      entityId: id,
      before: { code: topic.code, archivedAt: topic.archivedAt?.toISOString() ?? null },
      after: { code: topic.code, archivedAt: null, restoredTopicIds: restored },
      ...context,
    });
    return { slug: course.slug, courseId, restored: restored.length };
  });
  await refreshContentCaches({ courseSlugs: [result.slug], dashboardCourseIds: [result.courseId] });
  return { id, restoredTopics: result.restored };
}
