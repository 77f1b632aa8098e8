import type { AnswerInput, BandAward, MarkResult, PointAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import type { EarlierAnswers } from "@/lib/marking/mark-numeric";
import { markAnswer, selfMark, type SelfMarks } from "@/lib/marking/mark-answer";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { logger } from "@/lib/observability/logger";
import { parseStoredFeedback, type StoredFeedback } from "@/lib/feedback/written-feedback-schema";

/** What the student sees once a question is answered: their result and, now, the answers. */
export type AnsweredView = {
  attemptId: string;
  answer: AnswerInput;
  status: MarkResult["status"];
  marksAwarded: number;
  maxMarks: number;
  markedBy: MarkResult["markedBy"];
  pointAwards: PointAward[];
  /** Markband questions: where the marker placed the answer on each criterion; [] until it is marked. */
  bandAwards: BandAward[];
  feedback: string;
  correctOptionId: string | null;
  /** `text`: the answer as the question expects it written (its significant figures, notation and unit). */
  numericAnswer: { value: number; unit: string | null; text: string } | null;
  workedSolution: string;
  markingPoints: { label: string; kind: string; marks: number; text: string }[];
  /** Set when the answer is marked against markbands; `markingPoints` are then indicative content. */
  markbands: MarkbandCriterion[] | null;
  /** Written answers: the model's per-point suggestion; null while it is being prepared (or never asked for). */
  aiFeedback: StoredFeedback | null;
  /** Set when a teacher marked the answer: their marks are the ones shown and counted, with their comment. */
  teacherMarking: { comment: string | null } | null;
};

export type StoredAttempt = {
  id: string;
  answer: unknown;
  status: MarkResult["status"];
  marksAwarded: number;
  maxMarks: number;
  markedBy: string | null;
  pointAwards: unknown;
  bandAwards?: unknown;
  aiFeedback?: unknown;
  markerComment?: string | null;
};

/**
 * Builds the answered view from a stored attempt. The attempt row keeps marks and per-point awards but
 * not the feedback sentence, so that is recomputed: marking is a pure function of question and answer.
 */
export function answeredView(question: AnswerableQuestion, attempt: StoredAttempt, result?: MarkResult, earlier?: EarlierAnswers): AnsweredView {
  const pointAwards = (attempt.pointAwards as PointAward[] | null) ?? [];
  const bandAwards = (attempt.bandAwards as BandAward[] | null | undefined) ?? [];
  const markedBy = attempt.markedBy === "AUTO" || attempt.markedBy === "SELF" ? attempt.markedBy : null;
  const answer = attempt.answer as AnswerInput;
  const byTeacher = attempt.status === "MARKED" && attempt.markedBy === "TEACHER";
  return {
    attemptId: attempt.id,
    answer,
    status: attempt.status,
    marksAwarded: attempt.marksAwarded,
    maxMarks: attempt.maxMarks,
    markedBy,
    pointAwards,
    bandAwards,
    feedback: byTeacher
      ? `Your teacher marked this answer: ${attempt.marksAwarded} of ${attempt.maxMarks} ${attempt.maxMarks === 1 ? "mark" : "marks"}.`
      : (result?.feedback ??
        recomputeFeedback(
          question,
          answer,
          attempt.status === "MARKED" && markedBy === "SELF" ? { labels: pointAwards.filter((p) => p.awarded).map((p) => p.label), bands: bandAwards } : null,
          earlier,
        )),
    correctOptionId: question.correctOptionId ?? null,
    numericAnswer: question.numericAnswer
      ? { value: question.numericAnswer.value, unit: question.numericAnswer.unit ?? null, text: expectedAnswerText(question.numericAnswer) }
      : null,
    workedSolution: question.workedSolution,
    markingPoints: question.markingPoints.map((p) => ({ label: p.id, kind: p.kind, marks: p.marks, text: p.text })),
    markbands: question.type === "WRITTEN" && question.markbands?.length ? question.markbands : null,
    aiFeedback: parseStoredFeedback(attempt.aiFeedback),
    teacherMarking: byTeacher ? { comment: attempt.markerComment ?? null } : null,
  };
}

function recomputeFeedback(question: AnswerableQuestion, answer: AnswerInput, selfAwards: SelfMarks | null, earlier?: EarlierAnswers): string {
  try {
    return selfAwards ? selfMark(question, selfAwards).feedback : markAnswer(question, answer, earlier).feedback;
  } catch (err) {
    // An answer stored under an older version of an edited question may no longer fit it.
    logger.warn({ err, questionId: question.id }, "could not recompute practice feedback");
    return "";
  }
}
