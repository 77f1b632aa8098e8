import { db } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { optionalRowId, rowId } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { lockCourseTopics, saveTopicLayout } from "@/lib/admin/content/relayout-course-topics";
import { codeTaken, topicFields, topicSnapshot } from "@/lib/admin/content/topic-fields";

export const createTopicInput = topicFields.extend({
  courseId: rowId("a course"),
  /** Blank or absent: a top-level topic. */
  parentId: optionalRowId("a parent topic"),
});

/** Adds a topic as the last child of its parent (or the last top-level topic), renumbering the tree. */
export async function createTopic(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string }> {
  assertAdmin(actor);
  const data = parseContentInput(createTopicInput, input);
  const parentId = data.parentId ?? null;
  const { id, slug } = await db
    .$transaction(async (tx) => {
      const { course, topics } = await lockCourseTopics(tx, data.courseId);
      const parent = parentId ? topics.find((t) => t.id === parentId) : null;
      if (parentId && !parent) throw new ContentValidationError([{ path: "parentId", message: "Choose a parent topic from this course" }]);
      if (parent?.archivedAt) throw new ContentValidationError([{ path: "parentId", message: `Topic ${parent.code} is archived: restore it first` }]);
      if (topics.some((t) => t.code === data.code)) throw codeTaken(data.code);
      const created = await tx.topic.create({
        data: {
          courseId: course.id,
          parentId,
          code: data.code,
          title: data.title,
          hlOnly: data.hlOnly,
          sortOrder: topics.length,
          depth: parent ? parent.depth + 1 : 0,
        },
        select: { id: true },
      });
      // Last among its siblings: any position after every existing one.
      await saveTopicLayout(tx, topics, [...topics, { id: created.id, parentId, sortOrder: Number.MAX_SAFE_INTEGER }]);
      const after = await tx.topic.findUniqueOrThrow({ where: { id: created.id }, select: topicSnapshot });
      await recordAudit(tx, { actorId: actor.id, action: "topic.create", entityType: "topic", entityId: created.id, after: auditSnapshot(after), ...context });
      return { id: created.id, slug: course.slug };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw codeTaken(data.code);
      throw err;
    });
  await refreshContentCaches({ courseSlugs: [slug], dashboardCourseIds: [data.courseId] });
  return { id };
}
