import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import { answerOf, markingPointFields, type MarkingPointContent, type QuestionContent } from "@/lib/questions/question-content";

// Writing question content to its rows, for admin create/update, bulk import and seed upsert alike. Apart
// from question-content.ts (pure, also used by the editor in the browser) because it needs the Prisma client.

/**
 * The columns content is written to. A type's answer is written only for that type, and cleared for the
 * others: a question changed from MCQ to NUMERIC must not keep options behind.
 */
export function questionColumns(content: QuestionContent) {
  const answer = answerOf(content);
  return {
    topicId: content.topicId,
    type: content.type,
    difficulty: content.difficulty,
    marks: content.marks,
    paper: content.paper,
    calculator: content.calculator,
    commandTerm: content.commandTerm,
    stem: content.stem,
    options: answer.options ?? Prisma.DbNull,
    correctOptionId: answer.correctOptionId,
    numericAnswer: answer.numericAnswer ?? Prisma.DbNull,
    markbands: answer.markbands ?? Prisma.DbNull,
    workedSolution: content.workedSolution,
  };
}

/** Writes a question's markscheme in order, replacing any it had: callers run it in their transaction. */
export async function writeMarkscheme(tx: DbTransaction, questionId: string, points: MarkingPointContent[], { replace }: { replace: boolean }): Promise<void> {
  if (replace) await tx.markingPoint.deleteMany({ where: { questionId } });
  await tx.markingPoint.createMany({
    data: points.map((p, i) => ({ questionId, ...markingPointFields(p), sortOrder: i })),
  });
}
