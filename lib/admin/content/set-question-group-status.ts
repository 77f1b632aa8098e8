import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkQuestionRules } from "@/lib/questions/question-rules";
import { contentOfStoredQuestion } from "@/lib/questions/question-content";
import { printedLabel } from "@/lib/questions/printed-label";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { checkQuestionPlacement } from "@/lib/admin/content/check-question-placement";
import { checkGroupContext } from "@/lib/admin/content/check-group-context";
import { parseContentInput, throwIfIssues, type FieldIssue } from "@/lib/admin/content/content-validation-error";
import { followThroughOrderProblem } from "@/lib/admin/content/move-question-part";
import { questionGroupIdInput } from "@/lib/admin/content/question-group-fields";
import { lockQuestionGroup } from "@/lib/admin/content/question-group-record";
import { questionRecordSelect } from "@/lib/admin/content/question-record";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

/** A multi-part question needs at least this many parts, as in the content files (question-group-input.ts). */
export const MIN_GROUP_PARTS = 2;

/**
 * Publishes a multi-part question with all its (not archived) parts, or takes them all back to draft: a
 * student never sees some parts of a question without the others. Publishing checks the whole question
 * as stored: the context, every part's rules and topic, and follow-through order.
 */
export const publishQuestionGroup = (actor: ContentActor, input: unknown, context?: AuditContext) => setGroupStatus(actor, input, "PUBLISHED", context);
export const unpublishQuestionGroup = (actor: ContentActor, input: unknown, context?: AuditContext) => setGroupStatus(actor, input, "DRAFT", context);

async function setGroupStatus(actor: ContentActor, input: unknown, to: "PUBLISHED" | "DRAFT", context: AuditContext = {}) {
  assertAdmin(actor);
  const { id } = parseContentInput(questionGroupIdInput, input);
  const result = await db.$transaction(async (tx) => {
    const group = await lockQuestionGroup(tx, id);
    if (!group) throw new NotFoundError("There is no such multi-part question.");
    const live = group.parts.filter((p) => p.status !== "ARCHIVED");
    const changed = group.status !== to || live.some((p) => p.status !== to);
    if (!changed) return { group, changed: false };
    if (to === "PUBLISHED") {
      const issues: FieldIssue[] = await checkGroupContext(tx, group.context);
      if (live.length < MIN_GROUP_PARTS) issues.push({ path: "form", message: `Add at least ${MIN_GROUP_PARTS} parts before publishing` });
      const order = followThroughOrderProblem(live);
      if (order) issues.push({ path: "form", message: order });
      const stored = await tx.question.findMany({
        where: { id: { in: live.map((p) => p.id) } },
        orderBy: { partIndex: "asc" },
        select: { ...questionRecordSelect, partLabel: true },
      });
      for (const part of stored) {
        // Rules can have tightened since a part was saved, and seeded or imported parts never met the editor.
        const fields = contentOfStoredQuestion(part);
        const problems = [...(await checkQuestionPlacement(tx, group.courseId, fields)), ...checkQuestionRules(fields)];
        for (const p of problems) issues.push({ path: "form", message: `Part ${printedLabel(part.partLabel ?? "")}: ${p.message}` });
      }
      throwIfIssues(issues);
    }
    const now = new Date();
    const ids = live.map((p) => p.id);
    if (to === "PUBLISHED") await tx.question.updateMany({ where: { id: { in: ids }, publishedAt: null }, data: { publishedAt: now } });
    await tx.question.updateMany({ where: { id: { in: ids } }, data: { status: to } });
    await tx.questionGroup.update({ where: { id }, data: { status: to } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: to === "PUBLISHED" ? "question-group.publish" : "question-group.unpublish",
      entityType: "question_group",
      entityId: id,
      before: { key: group.key, status: group.status, parts: live.map((p) => ({ label: p.partLabel, status: p.status })) },
      after: { key: group.key, status: to, parts: live.map((p) => ({ label: p.partLabel, status: to })) },
      ...context,
    });
    return { group, changed: true };
  });
  if (result.changed) await refreshContentCaches({ courseSlugs: [result.group.course.slug] });
  return { id, status: to, changed: result.changed };
}
