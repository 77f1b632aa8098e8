import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";

/** A multi-part question as its writes and audit entries see it, parts in paper order. */
export const questionGroupRecordSelect = {
  id: true,
  key: true,
  courseId: true,
  paper: true,
  calculator: true,
  context: true,
  status: true,
  version: true,
  course: { select: { slug: true } },
  parts: {
    orderBy: { partIndex: "asc" },
    select: { id: true, key: true, partLabel: true, partIndex: true, status: true, type: true, numericAnswer: true },
  },
} satisfies Prisma.QuestionGroupSelect;

export type QuestionGroupRecord = Prisma.QuestionGroupGetPayload<{ select: typeof questionGroupRecordSelect }>;

/**
 * Locks the group row for the rest of the transaction and reads it (null when there is none): every
 * write to a group's parts (add, move, publish) takes this lock, so two admins cannot interleave them.
 */
export async function lockQuestionGroup(tx: DbTransaction, id: string): Promise<QuestionGroupRecord | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`select id::text from question_groups where id = ${id}::uuid for update`;
  if (!locked.length) return null;
  return tx.questionGroup.findUnique({ where: { id }, select: questionGroupRecordSelect });
}

/** What an audit entry keeps of a group: enough to see what changed. */
export const groupSnapshot = (g: QuestionGroupRecord) => ({
  key: g.key,
  status: g.status,
  version: g.version,
  context: g.context,
  parts: g.parts.map((p) => p.partLabel),
});
