import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { Question } from "@/lib/questions/question-input";
import { questionRecordSelect } from "@/lib/admin/content/question-record";
import { contentOfQuestion, contentOfStoredQuestion, sameJson, sameQuestionContent } from "@/lib/questions/question-content";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";

export type ImportOutcome = "created" | "updated" | "unchanged";

// The editor's view of a question plus its source and place: the import compares content the same way an edit does.
export const storedQuestionSelect = { ...questionRecordSelect, source: true, groupId: true, partLabel: true, partIndex: true } satisfies Prisma.QuestionSelect;
export type StoredQuestion = Prisma.QuestionGetPayload<{ select: typeof storedQuestionSelect }>;

export type ImportedQuestion = {
  key: string;
  courseId: string;
  topicId: string;
  status: "DRAFT" | "PUBLISHED";
  question: Question;
  /** Set for a part of a multi-part question; a one-part question's group columns are left alone. */
  part?: { groupId: string; label: string; index: number };
};

/**
 * Compares, then writes: an unchanged question is not touched (its version, which attempts record, does
 * not move); a changed one gets version + 1 and its markscheme replaced; a new one is created.
 */
export async function writeImportedQuestion(
  tx: DbTransaction,
  current: StoredQuestion | undefined,
  target: ImportedQuestion,
  authorId: string | null,
  now: Date,
): Promise<ImportOutcome> {
  const content = contentOfQuestion(target.question, target.topicId);
  const { part } = target;
  const samePlace = !part || (current?.groupId === part.groupId && current.partLabel === part.label && current.partIndex === part.index);
  const unchanged =
    current &&
    samePlace &&
    current.status === target.status &&
    sameJson(current.source, target.question.source) &&
    sameQuestionContent(contentOfStoredQuestion(current), content);
  if (unchanged) return "unchanged";
  const data = {
    courseId: target.courseId,
    ...questionColumns(content),
    source: target.question.source,
    status: target.status,
    // First publication time; unpublishing keeps it, as upsertQuestion does.
    publishedAt: current?.publishedAt ?? (target.status === "PUBLISHED" ? now : null),
    ...(part && { groupId: part.groupId, partLabel: part.label, partIndex: part.index }),
  };
  const id = current
    ? (await tx.question.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id
    : (await tx.question.create({ data: { key: target.key, createdById: authorId, ...data }, select: { id: true } })).id;
  await writeMarkscheme(tx, id, content.markingPoints, { replace: Boolean(current) });
  return current ? "updated" : "created";
}
