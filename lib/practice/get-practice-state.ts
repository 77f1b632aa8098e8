import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { answeredView, type AnsweredView } from "@/lib/practice/answered-view";
import { earlierPartAnswers } from "@/lib/attempts/earlier-part-answers";
import type { DraftAnswer } from "@/lib/practice/practice-input";
import { familyGenerator } from "@/lib/questions/generated-variant";
import { practiceQuestionOf, type PracticeQuestion } from "@/lib/practice/practice-question";

export type PracticeState = {
  session: {
    id: string;
    status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
    course: { slug: string; name: string };
    total: number;
    currentIndex: number;
    startedAt: Date;
  };
  /** The question on screen; null once the set is finished and the summary is shown. */
  view: {
    index: number;
    question: PracticeQuestion | null;
    draft: DraftAnswer | null;
    answered: AnsweredView | null;
    /** A generated question: "Try another like this" offers a fresh variant of it once answered. */
    hasVariants: boolean;
  } | null;
  /** One row per question, in order, for the progress bar and the summary. */
  results: {
    index: number;
    questionId: string;
    topic: string | null;
    status: "MARKED" | "AWAITING_MARKING" | "UNANSWERED";
    marksAwarded: number;
    maxMarks: number | null;
    /** The marks are the teacher's (they replace the student's own). */
    markedByTeacher: boolean;
  }[];
};

/**
 * The player's state for one of the user's sets. `viewIndex` shows an answered question again (the
 * result screen after submitting); without it the current question, or the summary once finished.
 * Everything comes from the primary: it is read right after the user's own submit and autosave.
 */
export async function getPracticeState(userId: string, sessionId: string, viewIndex?: number): Promise<PracticeState> {
  const session = await db.$primary().practiceSession.findFirst({
    where: { id: sessionId, userId },
    select: {
      id: true,
      status: true,
      questionIds: true,
      currentIndex: true,
      draftAnswers: true,
      startedAt: true,
      course: { select: { slug: true, name: true } },
    },
  });
  if (!session) throw new NotFoundError("There is no such practice set.");
  const [attempts, questions] = await Promise.all([
    db.$primary().attempt.findMany({
      where: { practiceSessionId: session.id, userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        questionId: true,
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
    loadQuestionsForAnswering(session.questionIds),
  ]);
  const attemptByQuestion = new Map(attempts.map((a) => [a.questionId, a]));
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const total = session.questionIds.length;
  const finished = session.status !== "IN_PROGRESS" || session.currentIndex >= total;

  const index =
    viewIndex !== undefined && viewIndex >= 0 && viewIndex < total && viewIndex <= session.currentIndex ? viewIndex : finished ? null : session.currentIndex;
  let view: PracticeState["view"] = null;
  if (index !== null) {
    const questionId = session.questionIds[index]!;
    const question = questionById.get(questionId);
    const attempt = attemptByQuestion.get(questionId);
    const drafts = (session.draftAnswers ?? {}) as Record<string, DraftAnswer>;
    view = {
      index,
      question: question ? practiceQuestionOf(question) : null,
      draft: attempt ? null : (drafts[questionId] ?? null),
      answered:
        question && attempt ? answeredView(question, attempt, undefined, await earlierPartAnswers(userId, question, { practiceSessionId: session.id })) : null,
      hasVariants: question ? familyGenerator(question) !== null : false,
    };
  }

  return {
    session: {
      id: session.id,
      status: session.status,
      course: session.course,
      total,
      currentIndex: Math.min(session.currentIndex, total),
      startedAt: session.startedAt,
    },
    view,
    results: session.questionIds.map((questionId, i) => {
      const attempt = attemptByQuestion.get(questionId);
      const question = questionById.get(questionId);
      return {
        index: i,
        questionId,
        topic: question ? `${question.topic.code} ${question.topic.title}` : null,
        status: attempt?.status ?? "UNANSWERED",
        marksAwarded: attempt?.marksAwarded ?? 0,
        maxMarks: attempt?.maxMarks ?? question?.marks ?? null,
        markedByTeacher: attempt?.markedBy === "TEACHER",
      };
    }),
  };
}
