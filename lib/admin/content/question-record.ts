import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { QuestionFields } from "@/lib/admin/content/question-fields";

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
  workedSolution: true,
  status: true,
  version: true,
  publishedAt: true,
  markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true, kind: true, marks: true, text: true, dependsOn: true, keywords: true } },
} satisfies Prisma.QuestionSelect;

export type QuestionRecord = Prisma.QuestionGetPayload<{ select: typeof questionRecordSelect }>;

/** The stored question in the shape the rules and the editor use. */
export function questionFieldsOf(row: QuestionRecord): QuestionFields {
  const numeric = (row.numericAnswer ?? undefined) as QuestionFields["numericAnswer"];
  return {
    topicId: row.topicId,
    type: row.type,
    difficulty: row.difficulty,
    marks: row.marks,
    paper: row.paper,
    calculator: row.calculator,
    commandTerm: row.commandTerm as QuestionFields["commandTerm"],
    stem: row.stem,
    options: Array.isArray(row.options) ? (row.options as QuestionFields["options"]) : [],
    correctOptionId: (row.correctOptionId ?? undefined) as QuestionFields["correctOptionId"],
    numericAnswer: numeric,
    markingPoints: row.markingPoints,
    workedSolution: row.workedSolution,
  };
}

/** Locks the question row for the rest of the transaction and reads it (null when there is none). */
export async function lockQuestion(tx: DbTransaction, id: string): Promise<QuestionRecord | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`select id::text from questions where id = ${id}::uuid for update`;
  if (!locked.length) return null;
  return tx.question.findUnique({ where: { id }, select: questionRecordSelect });
}

/** The columns a question's content is written to, and its markscheme rows. */
export function questionData(fields: QuestionFields) {
  return {
    topicId: fields.topicId,
    type: fields.type,
    difficulty: fields.difficulty,
    marks: fields.marks,
    paper: fields.paper,
    calculator: fields.calculator,
    commandTerm: fields.commandTerm,
    stem: fields.stem,
    options: fields.type === "MCQ" ? fields.options : Prisma.DbNull,
    correctOptionId: fields.type === "MCQ" ? (fields.correctOptionId ?? null) : null,
    numericAnswer: fields.type === "NUMERIC" && fields.numericAnswer ? stripUndefined(fields.numericAnswer) : Prisma.DbNull,
    workedSolution: fields.workedSolution,
  };
}

export function markingPointRows(questionId: string, fields: QuestionFields) {
  return fields.markingPoints.map((p, i) => ({
    questionId,
    label: p.label,
    kind: p.kind,
    marks: p.marks,
    text: p.text,
    dependsOn: p.dependsOn,
    keywords: p.keywords,
    sortOrder: i,
  }));
}

const stripUndefined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Prisma.InputJsonValue;
