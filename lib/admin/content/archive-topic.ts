import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { formBoolean, rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subtreeIds } from "@/lib/admin/content/layout-topic-tree";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { lockCourseTopics } from "@/lib/admin/content/relayout-course-topics";

export const archiveTopicInput = z.object({
  id: rowId("a topic"),
  /** Required when published questions or flashcards sit in the topic's subtree: they are withdrawn too. */
  confirm: formBoolean,
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Archives a topic with its subtopics (students no longer see them; attempts and progress keep their
 * history). A subtree with published questions or flashcards is archived only when confirmed, and then
 * those are archived with it, so nothing published hangs off a topic students cannot see. Drafts stay
 * drafts (they cannot be published until the topic is restored).
 */
export async function archiveTopic(actor: ContentActor, input: unknown, context: AuditContext = {}) {
  assertAdmin(actor);
  const { id, confirm } = parseContentInput(archiveTopicInput, input);
  const result = await db.$transaction(async (tx) => {
    const courseId = (await tx.topic.findUnique({ where: { id }, select: { courseId: true } }))?.courseId;
    if (!courseId) throw new NotFoundError("There is no such topic.");
    const { course, topics } = await lockCourseTopics(tx, courseId);
    const topic = topics.find((t) => t.id === id)!;
    const ids = [...subtreeIds(topics, id)];
    const inSubtree = { topicId: { in: ids }, status: "PUBLISHED" as const };
    const [questions, flashcards] = await Promise.all([
      tx.question.findMany({ where: inSubtree, select: { id: true } }),
      tx.flashcard.findMany({ where: inSubtree, select: { id: true } }),
    ]);
    if ((questions.length || flashcards.length) && !confirm) {
      throw new ConflictError(
        `Topic ${topic.code} and its subtopics have ${plural(questions.length, "published question", "published questions")} and ${plural(flashcards.length, "published flashcard", "published flashcards")}. Confirm to archive them with the topic.`,
        "confirmation_required",
      );
    }
    const now = new Date();
    const archivedTopics = topics.filter((t) => ids.includes(t.id) && !t.archivedAt).map((t) => t.id);
    await tx.topic.updateMany({ where: { id: { in: archivedTopics } }, data: { archivedAt: now } });
    await tx.question.updateMany({ where: { id: { in: questions.map((q) => q.id) } }, data: { status: "ARCHIVED" } });
    await tx.flashcard.updateMany({ where: { id: { in: flashcards.map((f) => f.id) } }, data: { status: "ARCHIVED" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.archive",
      entityType: "topic",
      entityId: id,
      before: { code: topic.code, archivedAt: topic.archivedAt?.toISOString() ?? null },
      after: {
        code: topic.code,
        archivedAt: now.toISOString(),
        archivedTopicIds: archivedTopics,
        archivedQuestionIds: questions.map((q) => q.id),
        archivedFlashcardIds: flashcards.map((f) => f.id),
      },
      ...context,
    });
    return { slug: course.slug, courseId, topics: archivedTopics.length, questions: questions.length, flashcards: flashcards.length };
  });
  await refreshContentCaches({ courseSlugs: [result.slug], dashboardCourseIds: [result.courseId] });
  return { id, archivedTopics: result.topics, archivedQuestions: result.questions, archivedFlashcards: result.flashcards };
}
