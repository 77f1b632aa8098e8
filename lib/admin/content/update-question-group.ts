import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { checkGroupContext } from "@/lib/admin/content/check-group-context";
import { updateQuestionGroupInput } from "@/lib/admin/content/question-group-fields";
import { groupSnapshot, lockQuestionGroup, questionGroupRecordSelect } from "@/lib/admin/content/question-group-record";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

/** Saves a new context for a multi-part question (version + 1); a published one shows it on the next request. */
export async function updateQuestionGroup(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; version: number }> {
  assertAdmin(actor);
  const { id, version, context: text } = parseContentInput(updateQuestionGroupInput, input);
  const saved = await db.$transaction(async (tx) => {
    const before = await lockQuestionGroup(tx, id);
    if (!before) throw new NotFoundError("There is no such multi-part question.");
    if (version !== undefined && version !== before.version) {
      throw new ConflictError(
        `This question was saved by someone else since you opened it (now version ${before.version}). Reload it to see their changes.`,
        "version_conflict",
      );
    }
    throwIfIssues(await checkGroupContext(tx, text));
    await tx.questionGroup.update({ where: { id }, data: { context: text, version: { increment: 1 } } });
    const after = await tx.questionGroup.findUniqueOrThrow({ where: { id }, select: questionGroupRecordSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question-group.update",
      entityType: "question_group",
      entityId: id,
      before: groupSnapshot(before),
      after: groupSnapshot(after),
      ...context,
    });
    return after;
  });
  if (saved.status === "PUBLISHED") await refreshContentCaches({ courseSlugs: [saved.course.slug] });
  return { id, version: saved.version };
}
