import type { ContentStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import type { Question } from "@/lib/questions/question-input";

export type QuestionPlacement = { key: string; courseId: string; topicId: string };

/**
 * Creates or updates a question and replaces its markscheme, keyed by `placement.key`, in one
 * transaction: a reader never sees a question with half a markscheme.
 */
export async function upsertQuestion(question: Question, placement: QuestionPlacement, status: ContentStatus = "PUBLISHED"): Promise<string> {
  const data = {
    courseId: placement.courseId,
    topicId: placement.topicId,
    type: question.type,
    difficulty: question.difficulty,
    marks: question.marks,
    paper: question.paper,
    calculator: question.calculator,
    commandTerm: question.commandTerm,
    stem: question.stem,
    options: question.type === "MCQ" ? question.options : undefined,
    correctOptionId: question.type === "MCQ" ? question.correctOptionId : null,
    numericAnswer: question.type === "NUMERIC" ? question.numericAnswer : undefined,
    workedSolution: question.workedSolution,
    source: question.source,
    status,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
  };
  return db.$transaction(async (tx) => {
    const existing = await tx.question.findUnique({ where: { key: placement.key }, select: { id: true, publishedAt: true } });
    const row = existing
      ? await tx.question.update({ where: { id: existing.id }, data: { ...data, publishedAt: existing.publishedAt ?? data.publishedAt }, select: { id: true } })
      : await tx.question.create({ data: { key: placement.key, ...data }, select: { id: true } });
    await tx.markingPoint.deleteMany({ where: { questionId: row.id } });
    await tx.markingPoint.createMany({
      data: question.markscheme.map((p, i) => ({
        questionId: row.id,
        label: p.id,
        kind: p.kind,
        marks: p.marks,
        text: p.text,
        dependsOn: p.dependsOn,
        keywords: p.keywords,
        sortOrder: i,
      })),
    });
    return row.id;
  });
}
