import type { ContentStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import type { QuestionGroup } from "@/lib/questions/question-group-input";
import { upsertQuestion } from "@/lib/questions/upsert-question";

export type GroupPlacement = {
  key: string;
  courseId: string;
  /** Each part's key and topic in this course, in part order. */
  parts: { key: string; topicId: string }[];
};

/**
 * Creates or updates a multi-part question: its context and every part in order, in one transaction, so a
 * reader never sees a group with some of its parts. Returns the parts' ids in order.
 */
export async function upsertQuestionGroup(group: QuestionGroup, placement: GroupPlacement, status: ContentStatus = "PUBLISHED"): Promise<string[]> {
  const fields = { courseId: placement.courseId, paper: group.paper, calculator: group.calculator, context: group.context, status };
  return db.$transaction(async (tx) => {
    const { id: groupId } = await tx.questionGroup.upsert({
      where: { key: placement.key },
      create: { key: placement.key, ...fields },
      update: fields,
      select: { id: true },
    });
    // Parts may have been reordered since the last write: move the old places out of the way first.
    await tx.question.updateMany({ where: { groupId, partIndex: { not: null } }, data: { partIndex: { increment: 100 } } });
    const ids: string[] = [];
    for (const [index, part] of group.parts.entries()) {
      const { key, topicId } = placement.parts[index]!;
      ids.push(await upsertQuestion(part, { key, courseId: placement.courseId, topicId, part: { groupId, label: part.label, index } }, status, tx));
    }
    // A part taken out of the group keeps its attempts but is no longer shown.
    await tx.question.updateMany({ where: { groupId, id: { notIn: ids } }, data: { status: "ARCHIVED" } });
    return ids;
  });
}
