import type { DbTransaction } from "@/lib/db/prisma";
import { isGroupRow, isNoteRow, type ImportQuestionRow, type ImportRow } from "@/lib/content-import/import-row";
import { importTopicNote } from "@/lib/content-import/import-topic-note";
import { importQuestionGroup } from "@/lib/content-import/import-question-group";
import { storedQuestionSelect, writeImportedQuestion, type ImportOutcome } from "@/lib/content-import/write-imported-question";

export type { ImportOutcome } from "@/lib/content-import/write-imported-question";

/**
 * Writes one batch of imported rows inside the caller's transaction, keyed by `key`. Unlike the seed's
 * upsertQuestion, it compares first (writeImportedQuestion). A multi-part question is one row and one
 * outcome: created, updated if its context or any part changed, or unchanged; so is a topic note.
 */
export async function importQuestionBatch(tx: DbTransaction, rows: ImportRow[], authorId: string | null, now = new Date()): Promise<ImportOutcome[]> {
  const questionRows = rows.filter((r): r is ImportQuestionRow => !isGroupRow(r) && !isNoteRow(r));
  const existing = new Map(
    (await tx.question.findMany({ where: { key: { in: questionRows.map((r) => r.key) } }, select: storedQuestionSelect })).map((q) => [q.key, q]),
  );
  const outcomes: ImportOutcome[] = [];
  for (const row of rows) {
    if (isGroupRow(row)) {
      outcomes.push(await importQuestionGroup(tx, row, authorId, now));
      continue;
    }
    if (isNoteRow(row)) {
      outcomes.push(await importTopicNote(tx, row));
      continue;
    }
    const current = existing.get(row.key);
    if (current && current.courseId !== row.courseId) {
      // Validation refuses this; it can only happen if the key was taken in between. Failing the batch
      // keeps attempts, which copy the course, consistent with their question.
      throw new Error(`Import row ${row.row}: key "${row.key}" now belongs to a question in another course`);
    }
    outcomes.push(await writeImportedQuestion(tx, current, row, authorId, now));
  }
  return outcomes;
}
