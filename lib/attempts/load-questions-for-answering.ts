import { db } from "@/lib/db/prisma";
import type { NumericAnswer } from "@/lib/questions/question-input";
import type { MarkableQuestion } from "@/lib/marking/marking-types";

export type AnswerableQuestion = MarkableQuestion & {
  id: string;
  key: string;
  courseId: string;
  topicId: string;
  topic: { code: string; title: string };
  version: number;
  difficulty: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  stem: string;
  workedSolution: string;
};

/**
 * Published questions with their markschemes, in the order of `ids` (missing or unpublished ids are
 * left out). Two queries whatever the count: the questions, then all their marking points.
 */
export async function loadQuestionsForAnswering(ids: string[]): Promise<AnswerableQuestion[]> {
  if (!ids.length) return [];
  const rows = await db.question.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    include: { topic: { select: { code: true, title: true } }, markingPoints: { orderBy: { sortOrder: "asc" } } },
  });
  const byId = new Map(
    rows.map((q): [string, AnswerableQuestion] => [
      q.id,
      {
        id: q.id,
        key: q.key,
        courseId: q.courseId,
        topicId: q.topicId,
        topic: q.topic,
        version: q.version,
        type: q.type,
        marks: q.marks,
        difficulty: q.difficulty,
        paper: q.paper,
        calculator: q.calculator,
        commandTerm: q.commandTerm,
        stem: q.stem,
        workedSolution: q.workedSolution,
        options: (q.options as { id: string; text: string }[] | null) ?? null,
        correctOptionId: q.correctOptionId,
        numericAnswer: (q.numericAnswer as NumericAnswer | null) ?? null,
        markingPoints: q.markingPoints.map((p) => ({ id: p.label, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
