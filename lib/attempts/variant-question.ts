import type { AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { generateVariant } from "@/lib/questions/generated-variant";

/**
 * A generated question's variant, answerable like the stored question it stands in for: the family's
 * identity (id, course, topic, version), so its attempt counts where the family's would, and the variant's
 * own content (stem, answer, markscheme, solution), so it is marked and explained by its own numbers.
 */
export function variantQuestion(family: AnswerableQuestion, seed: number): AnswerableQuestion {
  const variant = generateVariant(family, seed);
  return {
    ...family,
    type: variant.type,
    marks: variant.marks,
    difficulty: variant.difficulty,
    paper: variant.paper,
    calculator: variant.calculator,
    commandTerm: variant.commandTerm,
    stem: variant.stem,
    workedSolution: variant.workedSolution,
    options: variant.type === "MCQ" ? variant.options : null,
    correctOptionId: variant.type === "MCQ" ? variant.correctOptionId : null,
    numericAnswer: variant.type === "NUMERIC" ? variant.numericAnswer : null,
    markingPoints: variant.markscheme.map((p) => ({ id: p.id, kind: p.kind, marks: p.marks, text: p.text, dependsOn: p.dependsOn, keywords: p.keywords })),
    part: null,
  };
}
