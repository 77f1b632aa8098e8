import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import type { ClassActor } from "@/lib/classes/class-actor";

export type AnswerToMark = {
  id: string;
  userId: string;
  questionId: string;
  courseId: string;
  topicId: string;
  variantSeed: number | null;
  mockExamId: string | null;
};

/**
 * A written answer the actor may mark: made in work on an assignment of a class they teach (not archived),
 * by a current member of that class, in the class's course. Everything else, including an answer that
 * exists but is someone else's to mark, is the same 404. Two queries: the answer, then the class.
 */
export async function findAnswerToMark(actor: ClassActor, attemptId: string): Promise<AnswerToMark> {
  const notFound = new NotFoundError("There is no such answer to mark.");
  const attempt = await db.$primary().attempt.findFirst({
    where: { id: attemptId, question: { type: "WRITTEN" } },
    select: {
      id: true,
      userId: true,
      questionId: true,
      courseId: true,
      topicId: true,
      variantSeed: true,
      mockExamId: true,
      practiceSession: { select: { assignment: { select: { classId: true } } } },
      mockExam: { select: { assignment: { select: { classId: true } } } },
    },
  });
  const classId = attempt?.practiceSession?.assignment?.classId ?? attempt?.mockExam?.assignment?.classId;
  if (!attempt || !classId) throw notFound;
  const taught = await db.$primary().schoolClass.findFirst({
    where: {
      id: classId,
      courseId: attempt.courseId,
      archivedAt: null,
      teachers: { some: { userId: actor.id } },
      members: { some: { userId: attempt.userId } },
    },
    select: { id: true },
  });
  if (!taught) throw notFound;
  const { practiceSession: _p, mockExam: _m, ...answer } = attempt;
  return answer;
}
