import type { AttemptToRecord } from "@/lib/attempts/record-attempts";
import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";
import { markAnswer } from "@/lib/marking/mark-answer";
import type { AnswerInput, MarkResult } from "@/lib/marking/marking-types";
import type { AnswerableQuestion } from "@/lib/questions/load-questions-for-answering";
import type { MockAnswer } from "@/lib/mocks/mock-input";

export type RecordedAnswer = { questionId: string; answer: AnswerInput; marksAwarded: number; maxMarks: number; status: MarkResult["status"] };

const isBlank = (a: MockAnswer) => (a.type === "NUMERIC" ? !a.value.trim() : a.type === "WRITTEN" ? !a.text.trim() : false);

/**
 * A written answer in a mock cannot wait for the student to mark it before the paper has a total, so it
 * gets provisional marks: the IB marking rules (dependencies, AG, the question's cap) applied to the
 * points the automatic suggestion found. The attempt is still recorded AWAITING_MARKING, with those
 * provisional marks and the suggestion (`suggested`, `matched`) on each point, so the student can review
 * and confirm it like any written answer (lib/attempts/complete-self-marking.ts); topic progress counts
 * it only then.
 */
function markForMock(question: AnswerableQuestion, answer: AnswerInput): MarkResult {
  const result = markAnswer(question, answer);
  if (result.status !== "AWAITING_MARKING") return result;
  const suggestion = new Map(result.pointAwards.map((p) => [p.label, p]));
  const ruled = applyMarkingRules(question.markingPoints, result.pointAwards.filter((p) => p.suggested).map((p) => p.label), question.marks);
  return {
    ...result,
    marksAwarded: ruled.marksAwarded,
    pointAwards: ruled.pointAwards.map((p) => ({ ...p, suggested: suggestion.get(p.label)?.suggested, matched: suggestion.get(p.label)?.matched })),
    feedback: `Provisional mark from the automatic suggestion. ${result.feedback}`,
  };
}

/**
 * Marks every question of a paper from its draft answers. Only answered questions become attempts;
 * unanswered ones (no answer, a blank one, or one of the wrong type) score 0 in the paper's total.
 */
export function markMockPaper(questions: AnswerableQuestion[], drafts: Record<string, MockAnswer>) {
  const attempts: AttemptToRecord[] = [];
  const answers: RecordedAnswer[] = [];
  for (const question of questions) {
    const answer = drafts[question.id];
    if (!answer || answer.type !== question.type || isBlank(answer)) continue;
    const result = markForMock(question, answer);
    // Time per question is not measured in a paper (students move freely between questions).
    attempts.push({ question, answer, result, timeSpentMs: 0 });
    answers.push({ questionId: question.id, answer, marksAwarded: result.marksAwarded, maxMarks: result.maxMarks, status: result.status });
  }
  return {
    attempts,
    answers,
    marksAwarded: answers.reduce((s, a) => s + a.marksAwarded, 0),
    totalMarks: questions.reduce((s, q) => s + q.marks, 0),
  };
}
