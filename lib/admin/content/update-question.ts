import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { checkQuestionPlacement } from "@/lib/admin/content/check-question-placement";
import { checkFiguresStored } from "@/lib/figures/check-figures-stored";
import { checkQuestionRules, questionTexts } from "@/lib/questions/question-rules";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";
import type { NumericAnswerContent } from "@/lib/questions/question-content";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { expectedVersion, rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { forQuestionType, questionFields } from "@/lib/admin/content/question-fields";
import { lockQuestion, questionRecordSelect } from "@/lib/admin/content/question-record";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const updateQuestionInput = forQuestionType(
  questionFields.extend({
    id: rowId("a question"),
    /** The version the edit was made on; when given, an edit over someone else's newer save is refused. */
    version: expectedVersion,
  }),
);

/**
 * Saves an edit: content and markscheme replaced together, version bumped (attempts record the version
 * they answered). A published question stays published and students see the edit on their next request.
 * Marking-point labels are what past attempts' per-point awards refer to, so keep them stable.
 */
export async function updateQuestion(
  actor: ContentActor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; status: string; version: number }> {
  assertAdmin(actor);
  const { id, version, ...fields } = parseContentInput(updateQuestionInput, input);
  const rules = checkQuestionRules(fields);
  const saved = await db.$transaction(async (tx) => {
    const before = await lockQuestion(tx, id);
    if (!before) throw new NotFoundError("There is no such question.");
    if (version !== undefined && version !== before.version) {
      throw new ConflictError(
        `This question was saved by someone else since you opened it (now version ${before.version}). Reload it to see their changes.`,
        "version_conflict",
      );
    }
    throwIfIssues([...(await checkQuestionPlacement(tx, before.courseId, fields)), ...(await checkFiguresStored(tx, questionTexts(fields))), ...rules]);
    // The editor does not show a part's follow-through yet: an edit keeps the one the question has.
    const kept = (before.numericAnswer as NumericAnswerContent | null)?.followThrough;
    const content =
      fields.type === "NUMERIC" && kept && fields.numericAnswer ? { ...fields, numericAnswer: { ...fields.numericAnswer, followThrough: kept } } : fields;
    await tx.question.update({ where: { id }, data: { ...questionColumns(content), version: { increment: 1 } } });
    await writeMarkscheme(tx, id, fields.markingPoints, { replace: true });
    const after = await tx.question.findUniqueOrThrow({ where: { id }, select: { ...questionRecordSelect, course: { select: { slug: true } } } });
    const { course, ...afterRow } = after;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.update",
      entityType: "question",
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(afterRow),
      ...context,
    });
    return { status: afterRow.status, version: afterRow.version, slug: course.slug };
  });
  // Only a published question is on students' screens; a topic change also moves it between topic counts.
  if (saved.status === "PUBLISHED") await refreshContentCaches({ courseSlugs: [saved.slug] });
  return { id, status: saved.status, version: saved.version };
}
