import { db } from "@/lib/db/prisma";
import type { AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import type { EarlierAnswers } from "@/lib/marking/mark-numeric";

/**
 * What the student answered, in the same practice set or mock, to the earlier parts a follow-through part
 * is worked out from (by label, as typed). Empty for any other question: no query.
 */
export async function earlierPartAnswers(
  userId: string,
  question: AnswerableQuestion,
  where: { practiceSessionId: string } | { mockExamId: string },
): Promise<EarlierAnswers> {
  const from = question.numericAnswer?.followThrough?.from;
  if (!from?.length || !question.part) return new Map();
  const attempts = await db.$primary().attempt.findMany({
    where: { userId, ...where, question: { groupId: question.part.groupId, partLabel: { in: from } } },
    orderBy: { createdAt: "asc" },
    select: { answer: true, question: { select: { partLabel: true } } },
  });
  const answers = new Map<string, string>();
  for (const { answer, question: part } of attempts) {
    const value = (answer as { value?: unknown }).value;
    if (part.partLabel && typeof value === "string") answers.set(part.partLabel, value);
  }
  return answers;
}
