/** A question as the player shows it before it is answered: no correct option, value or markscheme. */
export type PracticeQuestion = {
  id: string;
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  difficulty: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  topic: { code: string; title: string };
  stem: string;
  options: { id: string; text: string }[] | null;
  /** The unit the answer is expected in (a hint, not the answer). */
  unit: string | null;
  /** The unit is marked: an answer without it loses a mark, so the hint says to write it. */
  unitRequired: boolean;
  /** A part of a multi-part question: its label and the context it is answered beneath. */
  part: { label: string; context: string } | null;
};

/** What a stored question (answering or editing) needs to be shown in the player. */
type ShowableQuestion = Omit<PracticeQuestion, "options" | "unit" | "unitRequired" | "part"> & {
  part?: { label: string; context: string } | null;
  options?: { id: string; text: string }[] | null;
  numericAnswer?: { unit?: string | null; unitRequired?: boolean } | null;
};

/**
 * The player's view of a question, for practice and for the admin's "preview as student" alike: only
 * what may be seen before answering, so the correct option and value never reach the browser early.
 */
export function practiceQuestionOf(q: ShowableQuestion): PracticeQuestion {
  return {
    id: q.id,
    type: q.type,
    marks: q.marks,
    difficulty: q.difficulty,
    paper: q.paper,
    calculator: q.calculator,
    commandTerm: q.commandTerm,
    topic: { code: q.topic.code, title: q.topic.title },
    stem: q.stem,
    options: q.type === "MCQ" && q.options ? q.options.map((o) => ({ id: o.id, text: o.text })) : null,
    unit: q.numericAnswer?.unit ?? null,
    unitRequired: q.numericAnswer?.unitRequired ?? false,
    part: q.part ? { label: q.part.label, context: q.part.context } : null,
  };
}
