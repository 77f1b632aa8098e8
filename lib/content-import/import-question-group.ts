import type { DbTransaction } from "@/lib/db/prisma";
import type { ImportGroupRow } from "@/lib/content-import/import-row";
import { storedQuestionSelect, writeImportedQuestion, type ImportOutcome } from "@/lib/content-import/write-imported-question";

/**
 * Writes one imported multi-part question inside the caller's transaction: the group (version + 1 when
 * its context, paper, calculator or status changed) and each part compared and written as a one-part
 * question is. Parts no longer in the file are archived, as upsertQuestionGroup does: attempts keep them.
 */
export async function importQuestionGroup(tx: DbTransaction, row: ImportGroupRow, authorId: string | null, now: Date): Promise<ImportOutcome> {
  const { group } = row;
  const existing = await tx.questionGroup.findUnique({
    where: { key: row.key },
    select: { id: true, courseId: true, paper: true, calculator: true, context: true, status: true },
  });
  if (existing && existing.courseId !== row.courseId) throw new Error(`Import row ${row.row}: group "${row.key}" now belongs to another course`);
  const fields = { paper: group.paper, calculator: group.calculator, context: group.context, status: row.status };
  const groupChanged =
    !existing ||
    existing.paper !== fields.paper ||
    existing.calculator !== fields.calculator ||
    existing.context !== fields.context ||
    existing.status !== fields.status;
  const groupId = !existing
    ? (await tx.questionGroup.create({ data: { key: row.key, courseId: row.courseId, ...fields }, select: { id: true } })).id
    : groupChanged
      ? (await tx.questionGroup.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })).id
      : existing.id;

  const keys = group.parts.map((p) => p.key);
  const stored = await tx.question.findMany({ where: { OR: [{ key: { in: keys } }, { groupId }] }, select: storedQuestionSelect });
  const byKey = new Map(stored.map((q) => [q.key, q]));
  for (const q of stored) {
    // Validation refuses a part key held by another question; only a race gets here.
    if (keys.includes(q.key) && q.groupId !== groupId) throw new Error(`Import row ${row.row}: key "${q.key}" now belongs to another question`);
  }
  // (group, part_index) is unique: every part that moves or leaves steps out of the way first, all by the
  // same amount, so they stay distinct among themselves and clear of the parts that keep their place.
  const moving = stored.filter((q) => q.groupId === groupId && q.partIndex !== keys.indexOf(q.key));
  if (moving.length) await tx.question.updateMany({ where: { id: { in: moving.map((q) => q.id) } }, data: { partIndex: { increment: 100 } } });

  const outcomes: ImportOutcome[] = [];
  for (const [index, part] of group.parts.entries()) {
    outcomes.push(
      await writeImportedQuestion(
        tx,
        byKey.get(part.key),
        {
          key: part.key,
          courseId: row.courseId,
          topicId: row.partTopicIds[index]!,
          status: row.status,
          question: part,
          part: { groupId, label: part.label, index },
        },
        authorId,
        now,
      ),
    );
  }
  const archived = await tx.question.updateMany({ where: { groupId, key: { notIn: keys }, status: { not: "ARCHIVED" } }, data: { status: "ARCHIVED" } });

  if (!existing) return "created";
  return groupChanged || archived.count > 0 || outcomes.some((o) => o !== "unchanged") ? "updated" : "unchanged";
}
