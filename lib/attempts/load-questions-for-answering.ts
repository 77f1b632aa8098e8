import { db } from "@/lib/db/prisma";
import type { NumericAnswer } from "@/lib/questions/question-input";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

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
  /** { kind, generator?, seed? }: a generated question has variants (see lib/questions/generated-variant.ts). */
  source: unknown;
  /** Set for a part of a multi-part question: what it is answered beneath. */
  part: QuestionPart | null;
};

export type QuestionPart = { groupId: string; label: string; index: number; context: string };

/**
 * Published questions with their markschemes, in the order of `ids` (missing or unpublished ids are
 * left out). Two queries whatever the count: the questions, then all their marking points (and a third for
 * the contexts of any parts of multi-part questions).
 */
export async function loadQuestionsForAnswering(ids: string[]): Promise<AnswerableQuestion[]> {
  if (!ids.length) return [];
  const rows = await db.question.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    include: { topic: { select: { code: true, title: true } }, markingPoints: { orderBy: { sortOrder: "asc" } } },
  });
  // Only parts of multi-part questions cost a third query, for their contexts.
  const groupIds = [...new Set(rows.flatMap((q) => q.groupId ?? []))];
  const contexts = new Map(
    groupIds.length
      ? (await db.questionGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, context: true } })).map((g) => [g.id, g.context])
      : [],
  );
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
        source: q.source,
        options: (q.options as { id: string; text: string }[] | null) ?? null,
        correctOptionId: q.correctOptionId,
        numericAnswer: (q.numericAnswer as NumericAnswer | null) ?? null,
        markbands: (q.markbands as MarkbandCriterion[] | null) ?? null,
        markingPoints: q.markingPoints.map((p) => ({ id: p.label, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
        part: q.groupId ? { groupId: q.groupId, label: q.partLabel!, index: q.partIndex!, context: contexts.get(q.groupId) ?? "" } : null,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
