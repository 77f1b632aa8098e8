import type { MarkedBy } from "@/generated/prisma/client";
import type { AttemptToRecord } from "@/lib/attempts/record-attempts";
import { markAnswer } from "@/lib/marking/mark-answer";
import type { EarlierAnswers } from "@/lib/marking/mark-numeric";
import type { AnswerInput, BandAward, MarkResult, PointAward } from "@/lib/marking/marking-types";
import type { AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import type { MockAnswer } from "@/lib/mocks/mock-input";

export type RecordedAnswer = {
  questionId: string;
  answer: AnswerInput;
  marksAwarded: number;
  maxMarks: number;
  status: MarkResult["status"];
  markedBy: MarkedBy | null;
  pointAwards: PointAward[] | null;
  bandAwards: BandAward[] | null;
  /** A teacher's comment, when a teacher marked the answer (markedBy TEACHER). */
  markerComment?: string | null;
  /** Once recorded: the attempt, and its AI feedback (attempts.ai_feedback, unparsed; null while none). */
  attemptId?: string;
  aiFeedback?: unknown;
};

const isBlank = (a: MockAnswer) => (a.type === "NUMERIC" ? !a.value.trim() : a.type === "WRITTEN" ? !a.text.trim() : false);

/**
 * Marks every question of a paper from its draft answers, exactly as practice marks them: multiple choice
 * and numeric answers are marked at once; a written answer is recorded AWAITING_MARKING at 0 marks, with
 * the automatic suggestion on its points as a hint for the student, who marks it against the markscheme
 * on the result page (lib/mocks/self-mark-mock-answer.ts). The keyword suggestion is never a mark: it
 * cannot tell a good answer from a list of keywords. Only answered questions become attempts;
 * unanswered ones (no answer, a blank one, or one of the wrong type) score 0 in the paper's total.
 * A follow-through part is marked against the student's own answers to the earlier parts on the paper.
 */
export function markMockPaper(questions: AnswerableQuestion[], drafts: Record<string, MockAnswer>) {
  const attempts: AttemptToRecord[] = [];
  const answers: RecordedAnswer[] = [];
  for (const question of questions) {
    const answer = drafts[question.id];
    if (!answer || answer.type !== question.type || isBlank(answer)) continue;
    const result = markAnswer(question, answer, earlierOnPaper(question, questions, drafts));
    // Time per question is not measured in a paper (students move freely between questions).
    attempts.push({ question, answer, result, timeSpentMs: 0 });
    answers.push({
      questionId: question.id,
      answer,
      marksAwarded: result.marksAwarded,
      maxMarks: result.maxMarks,
      status: result.status,
      markedBy: result.markedBy,
      pointAwards: result.pointAwards,
      bandAwards: result.bandAwards ?? null,
    });
  }
  return {
    attempts,
    answers,
    marksAwarded: answers.reduce((s, a) => s + (a.status === "MARKED" ? a.marksAwarded : 0), 0),
    totalMarks: questions.reduce((s, q) => s + q.marks, 0),
  };
}

/** The numeric answers on this paper to the earlier parts a follow-through part is worked out from. */
function earlierOnPaper(question: AnswerableQuestion, questions: AnswerableQuestion[], drafts: Record<string, MockAnswer>): EarlierAnswers {
  const from = question.numericAnswer?.followThrough?.from;
  const answers = new Map<string, string>();
  if (!from || !question.part) return answers;
  for (const sibling of questions) {
    const draft = drafts[sibling.id];
    if (sibling.part?.groupId === question.part.groupId && from.includes(sibling.part.label) && draft?.type === "NUMERIC")
      answers.set(sibling.part.label, draft.value);
  }
  return answers;
}
