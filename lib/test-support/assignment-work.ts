import { db } from "@/lib/db/prisma";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { questionAsAnswered } from "@/lib/attempts/question-as-answered";
import { markAnswer } from "@/lib/marking/mark-answer";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";

const DAY_MS = 86_400_000;

/**
 * Test support: an assignment of a class, written straight to the primary (the assignments feature owns
 * the real write path). Deleted with its class.
 */
export async function createTestAssignment(classId: string, options: { kind?: "QUESTIONS" | "MOCK"; questionIds?: string[]; title?: string } = {}) {
  const now = Date.now();
  return db.assignment.create({
    data: {
      classId,
      title: options.title ?? "Test assignment",
      kind: options.kind ?? "QUESTIONS",
      questionIds: options.questionIds ?? [],
      paper: options.kind === "MOCK" ? "P1" : null,
      releaseAt: new Date(now - DAY_MS),
      dueAt: new Date(now + 7 * DAY_MS),
      timezone: "Europe/London",
    },
    select: { id: true, title: true },
  });
}

/**
 * A student's written answers to `questionIds`, made in a practice set started from the assignment
 * (null: an ordinary set of their own), through the real practice write path. Answers the attempt ids.
 */
export async function answerInPractice(userId: string, assignmentId: string | null, questionIds: string[], text = "Prices rise when demand rises.") {
  const { id } = await createPracticeSession(userId, { mode: "questions", questionIds });
  if (assignmentId) await db.practiceSession.update({ where: { id }, data: { assignmentId }, select: { id: true } });
  const attemptIds: string[] = [];
  for (const questionId of questionIds) attemptIds.push((await submitPracticeAnswer(userId, id, questionId, { type: "WRITTEN", text }, 60_000)).attemptId);
  return { sessionId: id, attemptIds };
}

/** A submitted mock paper of the assignment with one written answer per question, awaiting marking. */
export async function answerInMock(userId: string, assignmentId: string | null, questionIds: string[], text = "Prices rise when demand rises.") {
  const questions = await Promise.all(questionIds.map((questionId) => questionAsAnswered({ questionId, variantSeed: null })));
  const now = new Date();
  const mock = await db.mockExam.create({
    data: {
      userId,
      courseId: questions[0]!.courseId,
      paper: "P1",
      questionIds,
      status: "COMPLETED",
      deadlineAt: now,
      submittedAt: now,
      totalMarks: questions.reduce((sum, q) => sum + q.marks, 0),
      marksAwarded: 0,
      assignmentId,
    },
    select: { id: true },
  });
  const attemptIds = await recordAttempts(
    userId,
    questions.map((question) => ({
      question,
      answer: { type: "WRITTEN", text },
      result: markAnswer(question, { type: "WRITTEN", text }),
      timeSpentMs: 60_000,
    })),
    { mockExamId: mock.id },
  );
  return { mockId: mock.id, attemptIds };
}
