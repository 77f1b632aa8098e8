import type { ContentStatus } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { contentOfQuestion } from "@/lib/questions/question-content";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";
import type { Question } from "@/lib/questions/question-input";

/** Where a question goes; a part of a multi-part question also names its group, label and place. */
export type QuestionPlacement = { key: string; courseId: string; topicId: string; part?: { groupId: string; label: string; index: number } };

/**
 * Creates or updates a question and replaces its markscheme, keyed by `placement.key`, in one
 * transaction (the caller's, when given): a reader never sees a question with half a markscheme.
 */
export async function upsertQuestion(
  question: Question,
  placement: QuestionPlacement,
  status: ContentStatus = "PUBLISHED",
  tx?: DbTransaction,
): Promise<string> {
  const content = contentOfQuestion(question, placement.topicId);
  const data = {
    courseId: placement.courseId,
    ...questionColumns(content),
    source: question.source,
    status,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
    groupId: placement.part?.groupId ?? null,
    partLabel: placement.part?.label ?? null,
    partIndex: placement.part?.index ?? null,
  };
  const write = async (tx: DbTransaction) => {
    const existing = await tx.question.findUnique({ where: { key: placement.key }, select: { id: true, publishedAt: true } });
    const row = existing
      ? await tx.question.update({ where: { id: existing.id }, data: { ...data, publishedAt: existing.publishedAt ?? data.publishedAt }, select: { id: true } })
      : await tx.question.create({ data: { key: placement.key, ...data }, select: { id: true } });
    await writeMarkscheme(tx, row.id, content.markingPoints, { replace: Boolean(existing) });
    return row.id;
  };
  return tx ? write(tx) : db.$transaction(write);
}
