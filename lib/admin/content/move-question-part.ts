import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { NumericAnswerContent } from "@/lib/questions/question-content";
import { printedLabel } from "@/lib/questions/printed-label";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { moveQuestionPartInput } from "@/lib/admin/content/question-group-fields";
import { lockQuestionGroup, type QuestionGroupRecord } from "@/lib/admin/content/question-group-record";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

type Part = QuestionGroupRecord["parts"][number];

/**
 * Why this order of parts cannot be: a follow-through part placed before a part it follows through from
 * (its marks are worked from that part's answer, so the student must have given it first). Null if fine.
 */
export function followThroughOrderProblem(parts: Pick<Part, "partLabel" | "numericAnswer">[]): string | null {
  const position = new Map(parts.map((p, i) => [p.partLabel, i]));
  for (const [i, part] of parts.entries()) {
    for (const from of (part.numericAnswer as NumericAnswerContent | null)?.followThrough?.from ?? []) {
      const at = position.get(from);
      if (at !== undefined && at > i) {
        return `Part ${printedLabel(part.partLabel ?? "")} follows through from part ${printedLabel(from)}, so it must come after it`;
      }
    }
  }
  return null;
}

/**
 * Moves a part one place up or down among its group's parts. Labels stay with their parts (follow-through
 * refers to parts by label); an order that puts a follow-through part before its source is refused. The
 * two places are swapped in one transaction under the group's lock; (group, part_index) is unique, so
 * one part steps aside first.
 */
export async function moveQuestionPart(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ groupId: string; moved: boolean }> {
  assertAdmin(actor);
  const { id, direction } = parseContentInput(moveQuestionPartInput, input);
  const result = await db.$transaction(async (tx) => {
    const part = await tx.question.findUnique({ where: { id }, select: { groupId: true } });
    if (!part?.groupId) throw new NotFoundError("There is no such part of a multi-part question.");
    const group = await lockQuestionGroup(tx, part.groupId);
    if (!group) throw new NotFoundError("There is no such multi-part question.");
    // Archived parts are out of the question: moving past one would change nothing students see.
    const live = group.parts.filter((p) => p.status !== "ARCHIVED");
    const at = live.findIndex((p) => p.id === id);
    const other = direction === "up" ? at - 1 : at + 1;
    if (at < 0 || other < 0 || other >= live.length) return { group, moved: false };
    const order = [...live];
    [order[at], order[other]] = [order[other]!, order[at]!];
    const problem = followThroughOrderProblem(order);
    if (problem) throw new ContentValidationError([{ path: "form", message: problem }]);

    const a = live[at]!;
    const b = live[other]!;
    await tx.question.update({ where: { id: a.id }, data: { partIndex: -1 } });
    await tx.question.update({ where: { id: b.id }, data: { partIndex: a.partIndex, version: { increment: 1 } } });
    await tx.question.update({ where: { id: a.id }, data: { partIndex: b.partIndex, version: { increment: 1 } } });
    await tx.questionGroup.update({ where: { id: group.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question-group.reorder",
      entityType: "question_group",
      entityId: group.id,
      before: { key: group.key, parts: live.map((p) => p.partLabel) },
      after: { key: group.key, parts: order.map((p) => p.partLabel) },
      ...context,
    });
    return { group, moved: true };
  });
  if (result.moved && result.group.status === "PUBLISHED") await refreshContentCaches({ courseSlugs: [result.group.course.slug] });
  return { groupId: result.group.id, moved: result.moved };
}
