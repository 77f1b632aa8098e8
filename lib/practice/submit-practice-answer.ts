import { db } from "@/lib/db/prisma";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import type { AnswerInput, MarkResult } from "@/lib/marking/marking-types";
import { markAnswer } from "@/lib/marking/mark-answer";
import { earlierPartAnswers } from "@/lib/attempts/earlier-part-answers";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { loadQuestionsForAnswering, type AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { answeredView, type AnsweredView } from "@/lib/practice/answered-view";
import { queueWrittenFeedback } from "@/lib/feedback/queue-written-feedback";
import { questionsInRunningMock } from "@/lib/mocks/questions-in-running-mock";

export type SubmittedAnswer = {
  attemptId: string;
  result: MarkResult;
  /** The result with what is shown after answering: correct answer, markscheme, worked solution. */
  view: AnsweredView;
  index: number;
  completed: boolean;
  /** True when this question had already been submitted: the first result is returned, nothing is recorded. */
  repeated: boolean;
};

class AlreadySubmitted extends Error {}

/**
 * Marks the current question of a set and records the attempt (through recordAttempts, the one write
 * path for answers), clears its draft and moves the set on, completing it after the last question.
 * Idempotent: the session row is advanced with a compare-and-set on current_index inside the same
 * transaction as the attempt, so of two concurrent submits exactly one records; the other, like any
 * later resubmit, gets the first result back.
 */
export async function submitPracticeAnswer(
  userId: string,
  sessionId: string,
  questionId: string,
  answer: AnswerInput,
  timeSpentMs: number,
): Promise<SubmittedAnswer> {
  const session = await db
    .$primary()
    .practiceSession.findFirst({ where: { id: sessionId, userId }, select: { questionIds: true, currentIndex: true, status: true } });
  if (!session) throw new NotFoundError("There is no such practice set.");
  const index = session.questionIds.indexOf(questionId);
  if (index < 0) throw new BadRequestError("That question is not part of this practice set.");
  if (index < session.currentIndex) return previousAnswer(userId, sessionId, questionId, index, session.currentIndex >= session.questionIds.length);
  if (session.status !== "IN_PROGRESS") throw new ConflictError("This practice set is closed. Start a new one to keep practising.", "session_closed");
  if (index > session.currentIndex) throw new ConflictError(`Answer question ${session.currentIndex + 1} first: a set is answered in order.`, "out_of_order");

  const [[question], inMock] = await Promise.all([loadQuestionsForAnswering([questionId]), questionsInRunningMock(userId, [questionId])]);
  if (inMock.size)
    throw new ConflictError(
      "This question is in your mock paper that is still running: answer it there. You can practise it once the paper is submitted.",
      "in_running_mock",
    );
  if (!question) throw new ConflictError("This question has been withdrawn and can no longer be answered.", "question_unavailable");
  assertAnswerFits(question, answer);
  const earlier = await earlierPartAnswers(userId, question, { practiceSessionId: sessionId });
  const result = markAnswer(question, answer, earlier);
  const completed = index + 1 >= session.questionIds.length;

  let attemptId: string;
  try {
    attemptId = await db.$transaction(async (tx) => {
      const advanced = await tx.$executeRaw`
        update practice_sessions
        set current_index = ${index + 1},
            draft_answers = draft_answers - ${questionId}::text,
            status = case when ${completed} then 'COMPLETED'::"SessionStatus" else status end,
            completed_at = case when ${completed} then (now() at time zone 'UTC') else completed_at end,
            last_active_at = (now() at time zone 'UTC')
        where id = ${sessionId}::uuid and user_id = ${userId}::uuid and current_index = ${index} and status = 'IN_PROGRESS'`;
      // Zero rows: a concurrent submit of this question committed first (we waited on its row lock).
      if (advanced !== 1) throw new AlreadySubmitted();
      const [id] = await recordAttempts(userId, [{ question, answer, result, timeSpentMs }], { practiceSessionId: sessionId }, tx);
      return id!;
    });
  } catch (err) {
    if (err instanceof AlreadySubmitted) return previousAnswer(userId, sessionId, questionId, index, completed);
    throw err;
  }
  await invalidateDashboard(userId);
  // Only a written answer left for self-marking gets model feedback (a blank one is already marked 0).
  if (result.status === "AWAITING_MARKING") await queueWrittenFeedback(userId, [attemptId]);

  const view = answeredView(question, { id: attemptId, answer, ...result }, result);
  return { attemptId, result, view, index, completed, repeated: false };
}

async function previousAnswer(userId: string, sessionId: string, questionId: string, index: number, completed: boolean): Promise<SubmittedAnswer> {
  const [attempt, [question]] = await Promise.all([
    db.$primary().attempt.findFirst({
      where: { practiceSessionId: sessionId, questionId, userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        answer: true,
        status: true,
        marksAwarded: true,
        maxMarks: true,
        markedBy: true,
        pointAwards: true,
        bandAwards: true,
        aiFeedback: true,
        markerComment: true,
      },
    }),
    loadQuestionsForAnswering([questionId]),
  ]);
  if (!attempt || !question) throw new ConflictError("This question has already been answered.", "already_answered");
  const view = answeredView(question, attempt, undefined, await earlierPartAnswers(userId, question, { practiceSessionId: sessionId }));
  const result: MarkResult = {
    status: view.status,
    marksAwarded: view.marksAwarded,
    maxMarks: view.maxMarks,
    pointAwards: view.pointAwards,
    bandAwards: view.bandAwards.length ? view.bandAwards : undefined,
    markedBy: view.markedBy,
    feedback: view.feedback,
  };
  return { attemptId: attempt.id, result, view, index, completed, repeated: true };
}

function assertAnswerFits(question: AnswerableQuestion, answer: AnswerInput) {
  if (answer.type !== question.type) throw new BadRequestError(`This is a ${question.type.toLowerCase()} question: send a ${question.type} answer.`);
  if (answer.type === "MCQ" && !question.options?.some((o) => o.id === answer.optionId)) throw new BadRequestError("Choose one of the options shown.");
}
