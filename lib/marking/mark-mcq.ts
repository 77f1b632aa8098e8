import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";
import type { MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { BadRequestError } from "@/lib/errors";

/**
 * The chosen option against `correctOptionId`: the question's marks and its single marking point when
 * right, nothing otherwise. An empty choice is an unanswered question (a mock paper submits those), and
 * an option the question does not have is a bad request.
 */
export function markMcq(question: MarkableQuestion, optionId: string): MarkResult {
  const correct = question.correctOptionId;
  if (!correct) throw new Error("A multiple-choice question has no correctOptionId.");
  const chosen = optionId.trim().toUpperCase();
  const optionIds = (question.options ?? []).map((o) => o.id);
  if (chosen && optionIds.length && !optionIds.includes(chosen)) {
    throw new BadRequestError(`Choose one of the options ${optionIds.join(", ")}.`);
  }
  const isCorrect = chosen === correct;
  const ruled = applyMarkingRules(question.markingPoints, isCorrect ? question.markingPoints.map((p) => p.id) : [], question.marks);
  const feedback = isCorrect ? "Correct." : chosen ? `Not quite: the answer is ${correct}.` : `No option was chosen. The answer is ${correct}.`;
  return {
    status: "MARKED",
    marksAwarded: isCorrect ? question.marks : 0,
    maxMarks: question.marks,
    pointAwards: ruled.pointAwards,
    markedBy: "AUTO",
    feedback,
  };
}
