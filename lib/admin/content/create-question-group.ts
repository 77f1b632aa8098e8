import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { ContentValidationError, parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { checkGroupContext } from "@/lib/admin/content/check-group-context";
import { createQuestionGroupInput } from "@/lib/admin/content/question-group-fields";
import { groupSnapshot, questionGroupRecordSelect } from "@/lib/admin/content/question-group-record";

const keyTaken = (key: string) => new ContentValidationError([{ path: "key", message: `The key ${key} is already used by another multi-part question` }]);

/**
 * Creates a multi-part question as a draft with its context and no parts yet: parts are added one by one
 * in the part editor, and students see nothing until the whole question is published.
 */
export async function createQuestionGroup(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; key: string }> {
  assertAdmin(actor);
  const fields = parseContentInput(createQuestionGroupInput, input);
  return db
    .$transaction(async (tx) => {
      const course = await tx.course.findUnique({ where: { id: fields.courseId }, select: { id: true, papers: { select: { code: true } } } });
      if (!course) throw new NotFoundError("There is no such course.");
      const issues = await checkGroupContext(tx, fields.context);
      // A course without papers yet (being set up) accepts any paper, as for a question.
      if (course.papers.length && !course.papers.some((p) => p.code === fields.paper))
        issues.push({ path: "paper", message: `This course's papers are ${course.papers.map((p) => p.code).join(", ")}` });
      throwIfIssues(issues);
      if (await tx.questionGroup.findUnique({ where: { key: fields.key }, select: { id: true } })) throw keyTaken(fields.key);
      const { id } = await tx.questionGroup.create({ data: { ...fields, status: "DRAFT" }, select: { id: true } });
      const after = await tx.questionGroup.findUniqueOrThrow({ where: { id }, select: questionGroupRecordSelect });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "question-group.create",
        entityType: "question_group",
        entityId: id,
        after: groupSnapshot(after),
        ...context,
      });
      return { id, key: fields.key };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw keyTaken(fields.key);
      throw err;
    });
}
