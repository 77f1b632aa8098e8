import type { AnswerInput, MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { markAnswer, selfMark } from "@/lib/marking/mark-answer";
import { formatNumericValue } from "@/lib/marking/format-numeric-value";
import type { QuestionContent } from "@/lib/questions/question-content";

/**
 * A right answer to a question and what the real marker makes of it, so an admin's preview shows the
 * students' result screen (marks, feedback, markscheme, solution) for any question, drafts included.
 * A question that cannot be marked as it stands (no correct option yet) gives the marker's reason.
 */
export function fullMarksAnswer(q: QuestionContent): { answer: AnswerInput; result: MarkResult } | { error: string } {
  const question: MarkableQuestion = {
    type: q.type,
    marks: q.marks,
    options: q.options,
    correctOptionId: q.correctOptionId ?? null,
    numericAnswer: q.numericAnswer?.value === undefined ? null : { ...q.numericAnswer, value: q.numericAnswer.value },
    markingPoints: q.markingPoints.map((p) => ({ id: p.label, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
    markbands: q.type === "WRITTEN" ? (q.markbands ?? null) : null,
  };
  try {
    if (q.type === "MCQ") {
      const answer: AnswerInput = { type: "MCQ", optionId: q.correctOptionId ?? "" };
      return { answer, result: markAnswer(question, answer) };
    }
    if (q.type === "NUMERIC") {
      const value = question.numericAnswer?.value;
      if (value === undefined) return { error: "It has no numeric answer yet." };
      const answer: AnswerInput = { type: "NUMERIC", value: formatNumericValue(value, question.numericAnswer?.sigFigs, question.numericAnswer?.unit) };
      return { answer, result: markAnswer(question, answer) };
    }
    const answer: AnswerInput = { type: "WRITTEN", text: "(A model answer earning every mark.)" };
    return {
      answer,
      result: selfMark(question, {
        labels: question.markingPoints.map((p) => p.id),
        // The top of every criterion's top level.
        bands: question.markbands?.map((c) => ({ criterion: c.id, level: c.levels.length, marks: c.levels.at(-1)?.max ?? 0 })),
      }),
    };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
