import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";

/** Everything an admin edits on a question, with its markscheme in order: the editor's and the audit log's view. */
export const questionRecordSelect = {
  id: true,
  key: true,
  courseId: true,
  topicId: true,
  type: true,
  difficulty: true,
  marks: true,
  paper: true,
  calculator: true,
  commandTerm: true,
  stem: true,
  options: true,
  correctOptionId: true,
  numericAnswer: true,
  markbands: true,
  workedSolution: true,
  status: true,
  version: true,
  publishedAt: true,
  markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true, kind: true, marks: true, text: true, dependsOn: true, keywords: true } },
} satisfies Prisma.QuestionSelect;

export type QuestionRecord = Prisma.QuestionGetPayload<{ select: typeof questionRecordSelect }>;

/** Locks the question row for the rest of the transaction and reads it (null when there is none). */
export async function lockQuestion(tx: DbTransaction, id: string): Promise<QuestionRecord | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`select id::text from questions where id = ${id}::uuid for update`;
  if (!locked.length) return null;
  return tx.question.findUnique({ where: { id }, select: questionRecordSelect });
}
