import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput } from "@/lib/questions/question-input";
import { point } from "@/prisma/seed/content/shared/markscheme-points";

// Builders for written and one-mark MCQ questions in humanities-style question files. A file calls
// `questionBuilders(prefix, levelsFor)` once and gets `written` and `mcq` that prefix keys and pick levels.

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export type QuestionSpec = {
  key: string;
  topic: string;
  difficulty: Difficulty;
  marks: number;
  paper: QuestionInput["paper"];
  term: QuestionInput["commandTerm"];
  stem: string;
  points: MarkingPointInput[];
  answer: string;
};

export type McqSpec = Omit<QuestionSpec, "marks" | "points" | "term" | "answer"> & {
  term?: QuestionInput["commandTerm"];
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  /** Both the marking point and the explanation. */
  why: string;
};

export const questionBuilders = (prefix: string, levelsFor: (spec: QuestionSpec) => Level[]) => {
  const base = (b: QuestionSpec) => ({
    key: `${prefix}-${b.key}`,
    levels: levelsFor(b),
    topicCode: b.topic,
    difficulty: b.difficulty,
    marks: b.marks,
    paper: b.paper,
    calculator: false,
    commandTerm: b.term,
    stem: b.stem,
    markscheme: b.points,
    workedSolution: b.answer,
  });
  const written = (b: QuestionSpec): QuestionInput => ({ type: "WRITTEN", ...base(b) });
  /** A one-mark recall question. */
  const mcq = (b: McqSpec): QuestionInput => ({
    type: "MCQ",
    ...base({ ...b, term: b.term ?? "Identify", marks: 1, points: [point("p1", 1, b.why, [b.correct])], answer: `**${b.correct}.** ${b.why}` }),
    options: b.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
    correctOptionId: b.correct,
  });
  return { written, mcq };
};

/** Chained levels ("band1" ... "bandN"), each worth `step` marks and needing the one below it. */
export const levelBands = (step: number, descriptors: string[]): MarkingPointInput[] =>
  descriptors.map((text, i) => ({
    ...point(`band${i + 1}`, step, `Level ${i * step + 1}–${(i + 1) * step}: ${text}`),
    dependsOn: i === 0 ? [] : [`band${i}`],
  }));
