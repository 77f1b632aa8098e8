import type { Prisma } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { assertTeacher, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { countMarking, markingColumns } from "@/lib/attempts/count-marking";
import { questionAsAnswered } from "@/lib/attempts/question-as-answered";
import { selfMark } from "@/lib/marking/mark-answer";
import type { BandAward, MarkResult } from "@/lib/marking/marking-types";
import { retotalMock } from "@/lib/mocks/retotal-mock";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { teacherMarksInput, type TeacherMarks } from "@/lib/teacher-marking/teacher-marking-input";
import { findAnswerToMark } from "@/lib/teacher-marking/find-answer-to-mark";

export type TeacherMarking = { attemptId: string; marksAwarded: number; maxMarks: number; comment: string | null; remarked: boolean };

type LockedAttempt = {
  status: "AWAITING_MARKING" | "MARKED";
  marked_by: string | null;
  marks_awarded: number;
  max_marks: number;
  marker_comment: string | null;
};

/**
 * A teacher marks a written answer made in work on one of their class's assignments: by points or by
 * markbands, checked exactly as self-marking checks them (400s naming the problem), with a comment. The
 * marks replace the student's own marking (or an earlier marking by a teacher) and are recorded as
 * TEACHER's; topic progress, the mistake queue, a mock paper's total and grade and the dashboard follow
 * through the same path as self-marking (countMarking). One audit entry per marking, in its transaction.
 * Anything the teacher may not mark is 404, as an answer they cannot see.
 */
export async function markAsTeacher(
  actor: ClassActor,
  attemptId: string,
  marks: Omit<TeacherMarks, "attemptId">,
  context: ClassAuditContext = {},
): Promise<TeacherMarking> {
  assertTeacher(actor);
  const input = parseMarks(attemptId, marks);
  const attempt = await findAnswerToMark(actor, input.attemptId);
  const question = await questionAsAnswered(attempt);
  // Validates against the question (unknown points, levels, marks outside a level) before anything is written.
  const result: MarkResult = selfMark(question, { labels: [...new Set(input.labels)], bands: input.bands });

  const now = new Date();
  const remarked = await db.$transaction(async (tx) => {
    // The row lock orders this marking after a self-marking or another teacher's marking of the same answer,
    // so the marks it replaces (and the progress it corrects) are the ones really counted.
    const [locked] = await tx.$queryRaw<LockedAttempt[]>`
      select status, marked_by, marks_awarded, max_marks, marker_comment from attempts where id = ${attempt.id}::uuid for update`;
    if (!locked) throw new NotFoundError("There is no such answer to mark.");
    if (locked.status === "MARKED" && locked.marked_by === "AUTO")
      throw new ConflictError("This answer was marked automatically (it was left blank), so there is nothing to mark.", "marked_automatically");
    const before = locked.status === "MARKED" ? { marksAwarded: locked.marks_awarded, maxMarks: locked.max_marks } : null;
    await tx.attempt.update({
      where: { id: attempt.id },
      data: { ...markingColumns(result, now), markedBy: "TEACHER", markerId: actor.id, markerComment: input.comment },
      select: { id: true },
    });
    await countMarking(tx, attempt, result, before, now, attempt.mockExamId ? (t) => retotal(t, attempt.mockExamId!) : undefined);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "attempt.teacher_mark",
      entityType: "attempt",
      entityId: attempt.id,
      before: {
        status: locked.status,
        markedBy: locked.marked_by,
        marksAwarded: locked.status === "MARKED" ? locked.marks_awarded : null,
        comment: locked.marker_comment,
      },
      after: { status: "MARKED", markedBy: "TEACHER", marksAwarded: result.marksAwarded, ...awardsOf(result), comment: input.comment },
      ...context,
    });
    return locked.marked_by === "TEACHER";
  });
  await invalidateDashboard(attempt.userId);
  return { attemptId: attempt.id, marksAwarded: result.marksAwarded, maxMarks: result.maxMarks, comment: input.comment, remarked };
}

/** The route parses the body with the same schema; here it guards every other caller (a 400, never a 500). */
function parseMarks(attemptId: string, marks: Omit<TeacherMarks, "attemptId">) {
  const parsed = teacherMarksInput.safeParse({ ...marks, attemptId });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.path[0] === "attemptId") throw new NotFoundError("There is no such answer to mark.");
  throw new BadRequestError(issue.message);
}

const retotal = (tx: DbTransaction, mockId: string) => retotalMock(tx, mockId).then(() => undefined);

/** What the audit entry keeps of the marks: the points given, or the levels chosen. */
function awardsOf(result: MarkResult): { labels: string[] } | { bands: Prisma.InputJsonValue } {
  if (result.bandAwards) return { bands: result.bandAwards.map((b: BandAward) => ({ ...b })) };
  return { labels: result.pointAwards.filter((p) => p.awarded).map((p) => p.label) };
}
