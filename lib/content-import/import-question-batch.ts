import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { ImportRow } from "@/lib/content-import/import-row";
import { questionRecordSelect } from "@/lib/admin/content/question-record";
import { contentOfImportRow, contentOfStoredQuestion, sameContent } from "@/lib/content-import/question-content";

export type ImportOutcome = "created" | "updated" | "unchanged";

// The editor's view of a question plus its source: the import compares content the same way an edit does.
const storedSelect = { ...questionRecordSelect, source: true } satisfies Prisma.QuestionSelect;

/**
 * Writes one batch of imported questions inside the caller's transaction, keyed by `key`. Unlike the
 * seed's upsertQuestion, it compares first: an unchanged question is not touched, a changed one gets
 * version + 1 (attempts record the version they answered) and its markscheme replaced.
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
    if (current && sameContent(contentOfStoredQuestion(current), contentOfImportRow(row))) {
      outcomes.push("unchanged");
      continue;
    }
    const data = questionData(row, current?.publishedAt ?? null, now);
    const id = current
      ? (await tx.question.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id
      : (await tx.question.create({ data: { key: row.key, createdById: authorId, ...data }, select: { id: true } })).id;
    if (current) await tx.markingPoint.deleteMany({ where: { questionId: id } });
    await tx.markingPoint.createMany({
      data: row.question.markscheme.map((p, i) => ({
        questionId: id,
        label: p.id,
        kind: p.kind,
        marks: p.marks,
        text: p.text,
        dependsOn: p.dependsOn,
        keywords: p.keywords,
        sortOrder: i,
      })),
    });
    outcomes.push(current ? "updated" : "created");
  }
  return outcomes;
}

function questionData(row: ImportRow, publishedAt: Date | null, now: Date) {
  const q = row.question;
  return {
    courseId: row.courseId,
    topicId: row.topicId,
    type: q.type,
    difficulty: q.difficulty,
    marks: q.marks,
    paper: q.paper,
    calculator: q.calculator,
    commandTerm: q.commandTerm,
    stem: q.stem,
    // A type change must clear the other type's answer, not leave it behind.
    options: q.type === "MCQ" ? q.options : Prisma.DbNull,
    correctOptionId: q.type === "MCQ" ? q.correctOptionId : null,
    numericAnswer: q.type === "NUMERIC" ? q.numericAnswer : Prisma.DbNull,
    workedSolution: q.workedSolution,
    source: q.source,
    status: row.status,
    // First publication time; unpublishing keeps it, as upsertQuestion does.
    publishedAt: publishedAt ?? (row.status === "PUBLISHED" ? now : null),
  };
}
