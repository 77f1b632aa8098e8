import type { Prisma } from "@/generated/prisma/client";
import type { PaperCode } from "@/lib/catalog/catalog-input";
import type { CommandTerm, MarkingPointKind, Question } from "@/lib/questions/question-input";
import type { FollowThrough } from "@/lib/questions/follow-through";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

/** A marking point as stored; `label` is what attempts' per-point awards refer to, so it stays stable. */
export type MarkingPointContent = { label: string; kind: MarkingPointKind; marks: number; text: string; dependsOn: string[]; keywords: string[] };

/** The numeric answer as written: the editor may hold a draft without its value yet. */
export type NumericAnswerContent = {
  value?: number;
  tolerance?: number;
  relativeTolerance?: number;
  unit?: string;
  sigFigs?: number;
  sigFigsExact?: boolean;
  unitRequired?: boolean;
  followThrough?: FollowThrough;
};

/**
 * What a question says and how it is marked, in the one shape every writer uses. The admin editor, bulk
 * import and the seed map their input to this; only this module turns it into columns and markscheme
 * rows, and only `checkQuestionRules` (question-rules.ts) judges it.
 */
export type QuestionContent = {
  topicId: string;
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  difficulty: number;
  marks: number;
  paper: PaperCode;
  calculator: boolean;
  commandTerm: CommandTerm;
  stem: string;
  /** Kept while an editor switches type; written only for MCQ. */
  options: { id: string; text: string }[];
  correctOptionId?: string;
  numericAnswer?: NumericAnswerContent;
  markingPoints: MarkingPointContent[];
  /** WRITTEN only: marked against these levels of response; its marking points are then indicative content. */
  markbands?: MarkbandCriterion[];
  workedSolution: string;
};

/** A question from a seed file or an import row (markscheme points named by `id`) as content. */
export function contentOfQuestion(question: Question, topicId: string): QuestionContent {
  return {
    topicId,
    type: question.type,
    difficulty: question.difficulty,
    marks: question.marks,
    paper: question.paper,
    calculator: question.calculator,
    commandTerm: question.commandTerm,
    stem: question.stem,
    options: question.type === "MCQ" ? question.options : [],
    correctOptionId: question.type === "MCQ" ? question.correctOptionId : undefined,
    numericAnswer: question.type === "NUMERIC" ? question.numericAnswer : undefined,
    markingPoints: question.markscheme.map(({ id, ...p }) => ({ label: id, ...p })),
    markbands: question.type === "WRITTEN" ? question.markbands : undefined,
    workedSolution: question.workedSolution,
  };
}

/** The columns a stored question's content comes from, with its markscheme in order. */
export type StoredQuestionContent = {
  topicId: string;
  type: QuestionContent["type"];
  difficulty: number;
  marks: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  stem: string;
  options: Prisma.JsonValue;
  correctOptionId: string | null;
  numericAnswer: Prisma.JsonValue;
  markbands: Prisma.JsonValue;
  workedSolution: string;
  markingPoints: { label: string; kind: string; marks: number; text: string; dependsOn: string[]; keywords: string[] }[];
};

/** A stored question as content (the editor's starting point, and what imports compare against). */
export function contentOfStoredQuestion(row: StoredQuestionContent): QuestionContent {
  // The columns were written from content by questionColumns, so their JSON has content's shape.
  return {
    topicId: row.topicId,
    type: row.type,
    difficulty: row.difficulty,
    marks: row.marks,
    paper: row.paper as PaperCode,
    calculator: row.calculator,
    commandTerm: row.commandTerm as CommandTerm,
    stem: row.stem,
    options: Array.isArray(row.options) ? (row.options as QuestionContent["options"]) : [],
    correctOptionId: row.correctOptionId ?? undefined,
    numericAnswer: (row.numericAnswer ?? undefined) as NumericAnswerContent | undefined,
    markingPoints: row.markingPoints.map((p) => ({ ...p, kind: p.kind as MarkingPointKind })),
    markbands: Array.isArray(row.markbands) ? (row.markbands as MarkbandCriterion[]) : undefined,
    workedSolution: row.workedSolution,
  };
}

/** Whether two versions of a question say and mark the same thing (an import leaves an unchanged one alone). */
export function sameQuestionContent(a: QuestionContent, b: QuestionContent): boolean {
  return stableJson(comparable(a)) === stableJson(comparable(b));
}

/** Equality of JSON values regardless of key order (JSONB does not keep it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** The answer columns of a type: only that type's answer, null for the others. */
export function answerOf(content: QuestionContent) {
  return {
    options: content.type === "MCQ" ? content.options.map((o) => ({ id: o.id, text: o.text })) : null,
    correctOptionId: content.type === "MCQ" ? (content.correctOptionId ?? null) : null,
    numericAnswer: content.type === "NUMERIC" && content.numericAnswer ? withoutUndefined(content.numericAnswer) : null,
    markbands: content.type === "WRITTEN" && content.markbands?.length ? (content.markbands as unknown as Prisma.InputJsonArray) : null,
  };
}

// What is stored, and only that: another type's leftover answer or an undefined flag is no difference.
function comparable(content: QuestionContent) {
  return {
    ...content,
    ...answerOf(content),
    markingPoints: content.markingPoints.map(markingPointFields),
  };
}

export function markingPointFields(p: MarkingPointContent) {
  return { label: p.label, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords };
}

const withoutUndefined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Prisma.InputJsonObject;

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
