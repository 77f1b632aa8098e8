import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { checkQuestionPlacement } from "@/lib/admin/content/check-question-placement";
import { checkFiguresStored } from "@/lib/figures/check-figures-stored";
import { checkQuestionRules, questionTexts } from "@/lib/questions/question-rules";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";
import { partKey } from "@/lib/questions/question-group-input";
import { printedLabel } from "@/lib/questions/printed-label";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { ContentValidationError, parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { addQuestionPartInput } from "@/lib/admin/content/question-group-fields";
import { lockQuestionGroup } from "@/lib/admin/content/question-group-record";
import { questionRecordSelect } from "@/lib/admin/content/question-record";

const labelTaken = (label: string) =>
  new ContentValidationError([{ path: "label", message: `Part ${printedLabel(label)} exists already: choose another label` }]);

/**
 * Adds a part at the end of a multi-part question, as a draft (publishing the question publishes it). Its
 * key is the group's and its label's (partKey), its paper and calculator the group's; every other field
 * meets the same rules as a one-part question.
 */
export async function addQuestionPart(
  actor: ContentActor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; key: string; status: "DRAFT"; version: number }> {
  assertAdmin(actor);
  const { groupId, label, ...edited } = parseContentInput(addQuestionPartInput, input);
  return db
    .$transaction(async (tx) => {
      const group = await lockQuestionGroup(tx, groupId);
      if (!group) throw new NotFoundError("There is no such multi-part question.");
      const fields = { ...edited, paper: group.paper, calculator: group.calculator };
      if (group.parts.some((p) => p.partLabel === label)) throw labelTaken(label);
      const key = partKey(group.key, label);
      throwIfIssues([
        ...(await checkQuestionPlacement(tx, group.courseId, fields)),
        ...(await checkFiguresStored(tx, questionTexts(fields))),
        ...checkQuestionRules(fields),
      ]);
      if (await tx.question.findUnique({ where: { key }, select: { id: true } }))
        throw new ContentValidationError([{ path: "label", message: `The key ${key} is already used by another question: choose another label` }]);
      // After every place in use, archived parts' included: (group, part_index) is unique.
      const partIndex = Math.max(-1, ...group.parts.map((p) => p.partIndex ?? -1)) + 1;
      const { id } = await tx.question.create({
        data: {
          key,
          courseId: group.courseId,
          ...questionColumns(fields),
          status: "DRAFT",
          source: { kind: "original" },
          createdById: actor.id,
          groupId,
          partLabel: label,
          partIndex,
        },
        select: { id: true },
      });
      await writeMarkscheme(tx, id, fields.markingPoints, { replace: false });
      const after = await tx.question.findUniqueOrThrow({ where: { id }, select: questionRecordSelect });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "question-group.add-part",
        entityType: "question",
        entityId: id,
        after: { question: auditSnapshot(after), group: group.key, label },
        ...context,
      });
      return { id, key, status: "DRAFT" as const, version: after.version };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw labelTaken(label);
      throw err;
    });
}
