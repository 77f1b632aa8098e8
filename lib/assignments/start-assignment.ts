import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { startMockExam } from "@/lib/mocks/start-mock-exam";
import { openAssignmentWhere } from "@/lib/assignments/open-assignment-where";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts (or resumes) a student's work on an assignment and says where to go: the practice set or mock
 * paper linked to the assignment, made on the first start and found again on every later one. The
 * assignment must be released, not withdrawn, and of a class the student belongs to; anything else is
 * a 404, so a student learns nothing about other classes. Flashcard work has a queue of its own (the
 * assignment's cards not yet reviewed since release, assignment-flashcard-queue.ts); it counts as
 * described in load-assignment-work.ts.
 */
export async function startAssignment(userId: string, assignmentId: string, options: { now?: Date } = {}): Promise<{ href: string }> {
  const now = options.now ?? new Date();
  const assignment = UUID.test(assignmentId)
    ? await db.$primary().assignment.findFirst({
        where: { id: assignmentId, ...openAssignmentWhere(userId, now) },
        select: { id: true, kind: true, questionIds: true, paper: true, class: { select: { course: { select: { slug: true } } } } },
      })
    : null;
  if (!assignment) throw new NotFoundError("There is no such assignment.");
  if (assignment.kind === "FLASHCARDS") return { href: `/flashcards?assignment=${assignment.id}` };

  // One set or paper per student and assignment: a transaction-scoped advisory lock on the pair makes a
  // double click (or two tabs) wait for the first start and then resume what it made.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`assignment-start:${assignment.id}:${userId}`}, 0))`;
      if (assignment.kind === "QUESTIONS") {
        const existing = await tx.practiceSession.findFirst({ where: { assignmentId: assignment.id, userId }, orderBy: { id: "asc" }, select: { id: true } });
        const { id } =
          existing ?? (await createPracticeSession(userId, { mode: "questions", questionIds: assignment.questionIds }, { assignmentId: assignment.id }));
        return { href: `/practice/${id}` };
      }
      const existing = await tx.mockExam.findFirst({ where: { assignmentId: assignment.id, userId }, orderBy: { id: "asc" }, select: { id: true } });
      const { id } =
        existing ?? (await startMockExam(userId, { courseSlug: assignment.class.course.slug, paper: assignment.paper! }, { assignmentId: assignment.id, now }));
      return { href: `/mocks/${id}` };
    },
    { timeout: 20_000 },
  );
}
