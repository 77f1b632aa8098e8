import type { MarkingPointKind, QuestionType } from "@/generated/prisma/client";
import type { MistakeContent } from "@/lib/flashcards/queue-item";
import type { EditorQuestion } from "@/lib/admin/content/get-question-for-editor";

/** What the editor holds while the admin types: every value as its input shows it. */
export type DraftLevel = { rowKey: number; min: string; max: string; descriptor: string };
export type DraftCriterion = { rowKey: number; id: string; title: string; levels: DraftLevel[] };
export type DraftPoint = { rowKey: number; label: string; kind: MarkingPointKind; marks: string; text: string; dependsOn: string; keywords: string };
export type QuestionDraft = {
  key: string;
  topicId: string;
  type: QuestionType;
  difficulty: string;
  marks: string;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  stem: string;
  options: { rowKey: number; text: string }[];
  correctOptionId: string;
  numericAnswer: { value: string; tolerance: string; relativeTolerance: string; unit: string; sigFigs: string; sigFigsExact: boolean; unitRequired: boolean };
  markingPoints: DraftPoint[];
  /** WRITTEN only; none = marked against points. */
  markbands: DraftCriterion[];
  workedSolution: string;
};

export const optionLetter = (index: number) => String.fromCharCode(65 + index);

let nextRowKey = 1;
/** A stable React key for a new row (rows move and are removed, so indexes will not do). */
export const newRowKey = () => nextRowKey++;

const text = (v: number | undefined) => (v === undefined ? "" : String(v));

export function draftFromQuestion(q: EditorQuestion | null, defaults: { topicId: string; paper: string }): QuestionDraft {
  if (!q) {
    return {
      key: "",
      topicId: defaults.topicId,
      type: "MCQ",
      difficulty: "3",
      marks: "1",
      paper: defaults.paper,
      calculator: false,
      commandTerm: "State",
      stem: "",
      options: [0, 1, 2, 3].map(() => ({ rowKey: newRowKey(), text: "" })),
      correctOptionId: "",
      numericAnswer: { value: "", tolerance: "", relativeTolerance: "", unit: "", sigFigs: "", sigFigsExact: false, unitRequired: false },
      markingPoints: [],
      markbands: [],
      workedSolution: "",
    };
  }
  return {
    key: q.key,
    topicId: q.topicId,
    type: q.type,
    difficulty: String(q.difficulty),
    marks: String(q.marks),
    paper: q.paper,
    calculator: q.calculator,
    commandTerm: q.commandTerm,
    stem: q.stem,
    options: q.options.map((o) => ({ rowKey: newRowKey(), text: o.text })),
    correctOptionId: q.correctOptionId ?? "",
    numericAnswer: {
      value: text(q.numericAnswer?.value),
      tolerance: text(q.numericAnswer?.tolerance),
      relativeTolerance: text(q.numericAnswer?.relativeTolerance),
      unit: q.numericAnswer?.unit ?? "",
      sigFigs: text(q.numericAnswer?.sigFigs),
      sigFigsExact: q.numericAnswer?.sigFigsExact ?? false,
      unitRequired: q.numericAnswer?.unitRequired ?? false,
    },
    markingPoints: q.markingPoints.map((p) => ({
      rowKey: newRowKey(),
      label: p.label,
      kind: p.kind,
      marks: String(p.marks),
      text: p.text,
      dependsOn: p.dependsOn.join(", "),
      keywords: p.keywords.join(", "),
    })),
    markbands: (q.markbands ?? []).map((c) => ({
      rowKey: newRowKey(),
      id: c.id,
      title: c.title,
      levels: c.levels.map((l) => ({ rowKey: newRowKey(), min: String(l.min), max: String(l.max), descriptor: l.descriptor })),
    })),
    workedSolution: q.workedSolution,
  };
}

const number = (value: string) => (value.trim() === "" || !Number.isFinite(Number(value)) ? undefined : Number(value));

/** The draft as the student components take a question (the "mistake" card shows all of it). */
export function previewContent(draft: QuestionDraft): MistakeContent {
  const value = number(draft.numericAnswer.value);
  return {
    kind: "mistake",
    questionId: "preview",
    type: draft.type,
    stem: draft.stem,
    options: draft.type === "MCQ" ? draft.options.map((o, i) => ({ id: optionLetter(i), text: o.text })) : null,
    correctOptionId: draft.type === "MCQ" ? draft.correctOptionId || null : null,
    numericAnswer:
      draft.type === "NUMERIC" && value !== undefined
        ? {
            value,
            tolerance: number(draft.numericAnswer.tolerance),
            relativeTolerance: number(draft.numericAnswer.relativeTolerance),
            unit: draft.numericAnswer.unit || undefined,
            sigFigs: number(draft.numericAnswer.sigFigs),
            sigFigsExact: draft.numericAnswer.sigFigsExact,
            unitRequired: draft.numericAnswer.unitRequired,
          }
        : null,
    workedSolution: draft.workedSolution,
    markingPoints: draft.markingPoints.map((p) => ({ label: p.label, kind: p.kind, marks: number(p.marks) ?? 0, text: p.text })),
    part: null,
  };
}

/** Every Markdown + LaTeX field of the draft, named as the editor labels them. */
export function latexFields(draft: QuestionDraft): [string, string][] {
  return [
    ["Stem", draft.stem],
    ...(draft.type === "MCQ" ? draft.options.map((o, i): [string, string] => [`Option ${optionLetter(i)}`, o.text]) : []),
    ...draft.markingPoints.map((p, i): [string, string] => [`Marking point ${i + 1}${p.label ? ` (${p.label})` : ""}`, p.text]),
    ...(draft.type === "WRITTEN"
      ? draft.markbands.flatMap((c, i) => c.levels.map((l, j): [string, string] => [`Criterion ${i + 1} level ${j + 1}`, l.descriptor]))
      : []),
    ["Worked solution", draft.workedSolution],
  ];
}

const fieldNames: Record<string, string> = {
  key: "Key",
  topicId: "Topic",
  type: "Type",
  difficulty: "Difficulty",
  marks: "Marks",
  paper: "Paper",
  commandTerm: "Command term",
  stem: "Stem",
  options: "Options",
  correctOptionId: "Correct answer",
  numericAnswer: "Numeric answer",
  markingPoints: "Markscheme",
  markbands: "Markbands",
  workedSolution: "Worked solution",
  label: "label",
  kind: "kind",
  text: "text",
  dependsOn: "depends on",
  keywords: "keywords",
  value: "value",
  tolerance: "tolerance",
  relativeTolerance: "relative tolerance",
  unit: "unit",
  sigFigs: "significant figures",
  version: "Version",
};

/** "markingPoints.1.dependsOn" → "Markscheme point 2, depends on", for the error summary. */
export function describeField(path: string): string {
  const [head, ...rest] = path.split(".");
  if (head === "options" && rest[0] !== undefined && /^\d+$/.test(rest[0]))
    return `Option ${optionLetter(Number(rest[0]))}, ${fieldNames[rest[1] ?? ""] ?? rest[1] ?? ""}`;
  if (head === "markbands" && rest[0] !== undefined && /^\d+$/.test(rest[0]))
    return `Markband criterion ${Number(rest[0]) + 1}${rest[1] === "levels" && rest[2] !== undefined ? `, level ${Number(rest[2]) + 1}` : rest[1] ? `, ${rest[1]}` : ""}`;
  if (head === "markingPoints" && rest[0] !== undefined && /^\d+$/.test(rest[0]))
    return `Marking point ${Number(rest[0]) + 1}, ${fieldNames[rest[1] ?? ""] ?? rest[1] ?? ""}`;
  return [fieldNames[head ?? ""] ?? head, ...rest.map((r) => fieldNames[r] ?? r)].join(", ");
}
