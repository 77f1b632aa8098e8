import { z } from "zod";
import type { ContentStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkQuestionPlacement } from "@/lib/admin/content/check-question-placement";
import { checkQuestionRules } from "@/lib/questions/question-rules";
import { contentOfStoredQuestion } from "@/lib/questions/question-content";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { lockQuestion } from "@/lib/admin/content/question-record";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const questionStatusInput = z.object({ id: rowId("a question") });

type Transition = { action: string; to: ContentStatus };
const transitions = {
  publish: { action: "question.publish", to: "PUBLISHED" },
  unpublish: { action: "question.unpublish", to: "DRAFT" },
  archive: { action: "question.archive", to: "ARCHIVED" },
} satisfies Record<string, Transition>;

/** Publishes a question: it must pass every rule as stored, on an active topic. Students see it next request. */
export const publishQuestion = (actor: ContentActor, input: unknown, context?: AuditContext) => setQuestionStatus(actor, input, transitions.publish, context);

/** Takes a question back to draft (from published or archived): students stop seeing it. */
export const unpublishQuestion = (actor: ContentActor, input: unknown, context?: AuditContext) =>
  setQuestionStatus(actor, input, transitions.unpublish, context);

/** Archives a question: gone for students; attempts, bookmarks and review cards keep their history. */
export const archiveQuestion = (actor: ContentActor, input: unknown, context?: AuditContext) => setQuestionStatus(actor, input, transitions.archive, context);

async function setQuestionStatus(actor: ContentActor, input: unknown, transition: Transition, context: AuditContext = {}) {
  assertAdmin(actor);
  const { id } = parseContentInput(questionStatusInput, input);
  const result = await db.$transaction(async (tx) => {
    const before = await lockQuestion(tx, id);
    if (!before) throw new NotFoundError("There is no such question.");
    const visible = before.status === "PUBLISHED" || transition.to === "PUBLISHED";
    if (before.status === transition.to) return { status: before.status, changed: false, visible, courseId: before.courseId };
    if (transition.to === "PUBLISHED") {
      // Rules can have tightened since it was saved, and seeded or imported questions never met the editor.
      const fields = contentOfStoredQuestion(before);
      throwIfIssues([...(await checkQuestionPlacement(tx, before.courseId, fields)), ...checkQuestionRules(fields)]);
    }
    const publishedAt = transition.to === "PUBLISHED" ? (before.publishedAt ?? new Date()) : before.publishedAt;
    await tx.question.update({ where: { id }, data: { status: transition.to, publishedAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: transition.action,
      entityType: "question",
      entityId: id,
      before: { key: before.key, status: before.status, publishedAt: before.publishedAt?.toISOString() ?? null },
      after: { key: before.key, status: transition.to, publishedAt: publishedAt?.toISOString() ?? null },
      ...context,
    });
    return { status: transition.to, changed: true, visible, courseId: before.courseId };
  });
  // Drafts and archived questions are on no student's screen: only a change into or out of PUBLISHED shows.
  if (result.changed && result.visible) {
    const course = await db.$primary().course.findUniqueOrThrow({ where: { id: result.courseId }, select: { slug: true } });
    await refreshContentCaches({ courseSlugs: [course.slug] });
  }
  return { id, status: result.status, changed: result.changed };
}
