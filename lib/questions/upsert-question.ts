import type { ContentStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { contentOfQuestion } from "@/lib/questions/question-content";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";
import type { Question } from "@/lib/questions/question-input";

export type QuestionPlacement = { key: string; courseId: string; topicId: string };

/**
 * Creates or updates a question and replaces its markscheme, keyed by `placement.key`, in one
 * transaction: a reader never sees a question with half a markscheme.
 */
export async function upsertQuestion(question: Question, placement: QuestionPlacement, status: ContentStatus = "PUBLISHED"): Promise<string> {
  const content = contentOfQuestion(question, placement.topicId);
  const data = {
    courseId: placement.courseId,
    ...questionColumns(content),
    source: question.source,
    status,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
  };
  return db.$transaction(async (tx) => {
    const existing = await tx.question.findUnique({ where: { key: placement.key }, select: { id: true, publishedAt: true } });
    const row = existing
      ? await tx.question.update({ where: { id: existing.id }, data: { ...data, publishedAt: existing.publishedAt ?? data.publishedAt }, select: { id: true } })
      : await tx.question.create({ data: { key: placement.key, ...data }, select: { id: true } });
    await writeMarkscheme(tx, row.id, content.markingPoints, { replace: Boolean(existing) });
    return row.id;
  });
}
