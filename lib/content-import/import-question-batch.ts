import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { ImportRow } from "@/lib/content-import/import-row";
import { questionRecordSelect } from "@/lib/admin/content/question-record";
import { contentOfQuestion, contentOfStoredQuestion, sameJson, sameQuestionContent } from "@/lib/questions/question-content";
import { questionColumns, writeMarkscheme } from "@/lib/questions/question-columns";

export type ImportOutcome = "created" | "updated" | "unchanged";

// The editor's view of a question plus its source: the import compares content the same way an edit does.
const storedSelect = { ...questionRecordSelect, source: true } satisfies Prisma.QuestionSelect;

/**
 * Writes one batch of imported questions inside the caller's transaction, keyed by `key`. Unlike the
 * seed's upsertQuestion, it compares first: an unchanged question is not touched (its version, which
 * attempts record, does not move), a changed one gets version + 1 and its markscheme replaced.
 */
export async function importQuestionBatch(tx: DbTransaction, rows: ImportRow[], authorId: string | null, now = new Date()): Promise<ImportOutcome[]> {
  const existing = new Map((await tx.question.findMany({ where: { key: { in: rows.map((r) => r.key) } }, select: storedSelect })).map((q) => [q.key, q]));
  const outcomes: ImportOutcome[] = [];
  for (const row of rows) {
    const current = existing.get(row.key);
    if (current && current.courseId !== row.courseId) {
      // Validation refuses this; it can only happen if the key was taken in between. Failing the batch
      // keeps attempts, which copy the course, consistent with their question.
      throw new Error(`Import row ${row.row}: key "${row.key}" now belongs to a question in another course`);
    }
    const content = contentOfQuestion(row.question, row.topicId);
    const unchanged =
      current &&
      current.status === row.status &&
      sameJson(current.source, row.question.source) &&
      sameQuestionContent(contentOfStoredQuestion(current), content);
    if (unchanged) {
      outcomes.push("unchanged");
      continue;
    }
    const data = {
      courseId: row.courseId,
      ...questionColumns(content),
      source: row.question.source,
      status: row.status,
      // First publication time; unpublishing keeps it, as upsertQuestion does.
      publishedAt: current?.publishedAt ?? (row.status === "PUBLISHED" ? now : null),
    };
    const id = current
      ? (await tx.question.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id
      : (await tx.question.create({ data: { key: row.key, createdById: authorId, ...data }, select: { id: true } })).id;
    await writeMarkscheme(tx, id, content.markingPoints, { replace: Boolean(current) });
    outcomes.push(current ? "updated" : "created");
  }
  return outcomes;
}
