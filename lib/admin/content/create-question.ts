import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { checkQuestionPlacement } from "@/lib/admin/content/check-question-placement";
import { checkFiguresStored } from "@/lib/figures/check-figures-stored";
import { checkQuestionRules, questionTexts } from "@/lib/questions/question-rules";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { contentKey, rowId } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { forQuestionType, questionFields } from "@/lib/admin/content/question-fields";
import { questionRecordSelect } from "@/lib/admin/content/question-record";

export const createQuestionInput = forQuestionType(questionFields.extend({ courseId: rowId("a course"), key: contentKey }));

const keyTaken = (key: string) => new ContentValidationError([{ path: "key", message: `The key ${key} is already used by another question` }]);

/**
 * Creates a question as a draft: students see nothing until it is published. The same rules apply as
 * for publishing, so every draft can be published as it stands.
 */
export async function createQuestion(
  actor: ContentActor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; key: string; status: "DRAFT"; version: number }> {
  assertAdmin(actor);
  const { courseId, key, ...fields } = parseContentInput(createQuestionInput, input);
  const rules = checkQuestionRules(fields);
  return db
    .$transaction(async (tx) => {
      const course = await tx.course.findUnique({ where: { id: courseId }, select: { id: true } });
      if (!course) throw new NotFoundError("There is no such course.");
      throwIfIssues([...(await checkQuestionPlacement(tx, courseId, fields)), ...(await checkFiguresStored(tx, questionTexts(fields))), ...rules]);
      if (await tx.question.findUnique({ where: { key }, select: { id: true } })) throw keyTaken(key);
      const { id } = await tx.question.create({
        data: { key, courseId, ...questionColumns(fields), status: "DRAFT", source: { kind: "original" }, createdById: actor.id },
        select: { id: true },
      });
      await writeMarkscheme(tx, id, fields.markingPoints, { replace: false });
      const after = await tx.question.findUniqueOrThrow({ where: { id }, select: questionRecordSelect });
      await recordAudit(tx, { actorId: actor.id, action: "question.create", entityType: "question", entityId: id, after: auditSnapshot(after), ...context });
      return { id, key, status: "DRAFT" as const, version: after.version };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw keyTaken(key);
      throw err;
    });
}
