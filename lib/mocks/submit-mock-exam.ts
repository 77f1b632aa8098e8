import { recordAttempts } from "@/lib/attempts/record-attempts";
import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { queueWrittenFeedback } from "@/lib/feedback/queue-written-feedback";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { gradeMock } from "@/lib/mocks/grade-mock";
import { loadMockResult } from "@/lib/mocks/load-mock-result";
import { markMockPaper } from "@/lib/mocks/mark-mock-paper";
import { mockIdParam, parseDraftAnswers } from "@/lib/mocks/mock-input";
import { buildMockResult, type MockResult } from "@/lib/mocks/mock-result";
import { topLevelTopics } from "@/lib/mocks/top-level-topics";

/** A client's automatic submission this close to the deadline counts as the clock running out. */
const AUTO_SUBMIT_WINDOW_MS = 10_000;

export const mockRowSelect = {
  id: true,
  userId: true,
  courseId: true,
  paper: true,
  questionIds: true,
  draftAnswers: true,
  status: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  totalMarks: true,
  marksAwarded: true,
  grade: true,
  boundarySession: true,
  course: { select: { slug: true, name: true } },
} as const;

/**
 * Submits a paper: marks every question from the saved draft answers, records the attempts in one call
 * (lib/attempts/record-attempts.ts), and stores the total, the grade and the boundary session used.
 *
 * Idempotent and safe against racing submissions (the student's click, the client's timer, a read after
 * the deadline, the sweeper): the paper is claimed by one conditional UPDATE inside the transaction
 * that records the attempts, so exactly one of them marks it and the others return the stored result.
 * Drafts can only have been saved before the deadline (saveMockDraft refuses later ones), so whatever
 * the draft holds when claimed is what counts. A submission after the deadline is an automatic one.
 * A fixed number of queries, however many questions. Each written answer then gets the AI-feedback
 * job, as in practice: only the submission that claimed the paper queues it, once per answer.
 */
export async function submitMockExam(userId: string, mockId: string, options: { auto: boolean; now?: Date }): Promise<MockResult> {
  if (!mockIdParam.safeParse(mockId).success) throw new NotFoundError("No such mock exam.");
  const now = options.now ?? new Date();
  const mock = await db.$primary().mockExam.findFirst({ where: { id: mockId, userId }, select: mockRowSelect });
  if (!mock) throw new NotFoundError("No such mock exam.");
  if (mock.status !== "IN_PROGRESS") return loadMockResult(mock);

  const [questions, course, boundaries] = await Promise.all([
    loadQuestionsForAnswering(mock.questionIds),
    getCourse(mock.course.slug),
    db.gradeBoundary.findMany({ where: { courseId: mock.courseId }, select: { session: true, grade: true, minPercent: true } }),
  ]);
  const deadline = mock.deadlineAt.getTime();
  const timedOut = now.getTime() >= deadline || (options.auto && now.getTime() >= deadline - AUTO_SUBMIT_WINDOW_MS);
  const submittedAt = timedOut ? mock.deadlineAt : now;

  const outcome = await db.$transaction(async (tx) => {
    const [claimed] = await tx.mockExam.updateManyAndReturn({
      where: { id: mockId, userId, status: "IN_PROGRESS" },
      data: { status: "COMPLETED", submittedAt },
      select: { draftAnswers: true },
    });
    if (!claimed) return null;
    const marked = markMockPaper(questions, parseDraftAnswers(claimed.draftAnswers));
    const attemptIds = await recordAttempts(userId, marked.attempts, { mockExamId: mockId }, tx);
    // A question withdrawn from the bank during the paper is not held against the student.
    const totalMarks = marked.totalMarks;
    const { grade, boundarySession } = gradeMock(totalMarks ? (marked.marksAwarded / totalMarks) * 100 : 0, boundaries);
    await tx.mockExam.update({ where: { id: mockId }, data: { marksAwarded: marked.marksAwarded, totalMarks, grade, boundarySession } });
    // recordAttempts returns ids in the order of the attempts, which is the order of the answers.
    const answers = marked.answers.map((a, i) => ({ ...a, attemptId: attemptIds[i]!, aiFeedback: null }));
    return { ...marked, answers, totalMarks, grade, boundarySession };
  });
  // Another submission claimed the paper first: its result is the result.
  if (!outcome) return loadMockResult(await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId }, select: mockRowSelect }));

  if (outcome.attempts.length) await invalidateDashboard(userId);
  await queueWrittenFeedback(
    userId,
    outcome.answers.filter((a) => a.status === "AWAITING_MARKING").map((a) => a.attemptId),
  );
  const stored = {
    ...mock,
    marksAwarded: outcome.marksAwarded,
    totalMarks: outcome.totalMarks,
    grade: outcome.grade,
    boundarySession: outcome.boundarySession,
    submittedAt,
  };
  return buildMockResult(stored, questions, outcome.answers, topLevelTopics(course?.topics ?? []).rootOf);
}
