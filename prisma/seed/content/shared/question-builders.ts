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

/** A question as the rotating builders take it: both levels unless `levels` says otherwise. */
export type RotatingSpec = Omit<QuestionSpec, "paper"> & { levels?: Level[]; paper?: QuestionInput["paper"] };
export type RotatingMcqSpec = Omit<RotatingSpec, "marks" | "points" | "term" | "answer"> & {
  term?: QuestionInput["commandTerm"];
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  /** Both the marking point and the explanation. */
  why: string;
};

/** How far a question's options are rotated: fixed by its key, so a question keeps its letters when others are added. */
const rotation = (key: string) => [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7) % 4;

/**
 * Builders for question files whose MCQ options are written with the key wherever it was easiest to
 * write: the options are rotated by an amount fixed by the question key, so the stored correct letters
 * spread over A–D (each file's check asserts it). `paper` is the default for specs that give none (the
 * arts have a single paper entry).
 */
export const rotatingQuestionBuilders = ({ prefix, paper }: { prefix: string; paper?: QuestionInput["paper"] }) => {
  const base = (b: RotatingSpec) => {
    const questionPaper = b.paper ?? paper;
    if (!questionPaper) throw new Error(`${prefix}-${b.key}: no paper`);
    return {
      key: `${prefix}-${b.key}`,
      levels: b.levels ?? (["SL", "HL"] as Level[]),
      topicCode: b.topic,
      difficulty: b.difficulty,
      marks: b.marks,
      paper: questionPaper,
      calculator: false,
      commandTerm: b.term,
      stem: b.stem,
      markscheme: b.points,
      workedSolution: b.answer,
    };
  };
  const written = (b: RotatingSpec): QuestionInput => ({ type: "WRITTEN", ...base(b) });
  const mcq = (b: RotatingMcqSpec): QuestionInput => {
    const shift = rotation(b.key);
    const options = b.options.map((_, i) => b.options[(i + shift) % 4] ?? "");
    const correct = String.fromCharCode(65 + options.indexOf(b.options[b.correct.charCodeAt(0) - 65] ?? "")) as "A" | "B" | "C" | "D";
    return {
      type: "MCQ",
      ...base({ ...b, term: b.term ?? "Identify", marks: 1, points: [point("p1", 1, b.why, [correct])], answer: `**${correct}.** ${b.why}` }),
      options: options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
      correctOptionId: correct,
    };
  };
  return { written, mcq };
};
