import type { Prisma } from "@/generated/prisma/client";
import type { ImportRow } from "@/lib/content-import/import-row";

/**
 * Everything about a question that an import can change. Two questions with equal content are the same
 * question: an import leaves it alone, so its version (what attempts record) does not move.
 */
export type QuestionContent = {
  courseId: string;
  topicId: string;
  type: string;
  difficulty: number;
  marks: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  stem: string;
  options: unknown;
  correctOptionId: string | null;
  numericAnswer: unknown;
  workedSolution: string;
  source: unknown;
  status: string;
  markscheme: { label: string; kind: string; marks: number; text: string; dependsOn: string[]; keywords: string[] }[];
};

export type StoredQuestion = {
  courseId: string;
  topicId: string;
  type: string;
  difficulty: number;
  marks: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  stem: string;
  options: Prisma.JsonValue;
  correctOptionId: string | null;
  numericAnswer: Prisma.JsonValue;
  workedSolution: string;
  source: Prisma.JsonValue;
  status: string;
  markingPoints: { label: string; kind: string; marks: number; text: string; dependsOn: string[]; keywords: string[] }[];
};

export function contentOfImportRow(row: ImportRow): QuestionContent {
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
    options: q.type === "MCQ" ? q.options : null,
    correctOptionId: q.type === "MCQ" ? q.correctOptionId : null,
    numericAnswer: q.type === "NUMERIC" ? q.numericAnswer : null,
    workedSolution: q.workedSolution,
    source: q.source,
    status: row.status,
    markscheme: q.markscheme.map((p) => ({ label: p.id, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
  };
}

/** `markingPoints` must be in sortOrder. */
export function contentOfStoredQuestion(q: StoredQuestion): QuestionContent {
  // Field by field: the caller's row carries more (id, key, version) than content.
  return {
    courseId: q.courseId,
    topicId: q.topicId,
    type: q.type,
    difficulty: q.difficulty,
    marks: q.marks,
    paper: q.paper,
    calculator: q.calculator,
    commandTerm: q.commandTerm,
    stem: q.stem,
    options: q.options,
    correctOptionId: q.correctOptionId,
    numericAnswer: q.numericAnswer,
    workedSolution: q.workedSolution,
    source: q.source,
    status: q.status,
    markscheme: q.markingPoints.map((p) => ({ label: p.label, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
  };
}

export function sameContent(a: QuestionContent, b: QuestionContent): boolean {
  return stableJson(a) === stableJson(b);
}

// JSONB does not keep key order, so the comparison must not depend on it.
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
