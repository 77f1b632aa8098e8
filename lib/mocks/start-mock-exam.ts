import { randomInt } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { BadRequestError, ForbiddenError } from "@/lib/errors";
import { MAX_SEED } from "@/lib/questions/generators/seeded-random";
import { assemblePaper } from "@/lib/mocks/assemble-paper";
import { shortDurationsAllowed, startMockInput, type StartMockInput } from "@/lib/mocks/mock-input";

/**
 * Starts a timed mock: assembles the paper and stores it with its deadline, which the server enforces
 * from then on (autosaves and submissions are judged against it, whatever the client's clock says).
 * The duration is scale × the paper's duration, at least a minute. The student must be enrolled.
 * `assignmentId` links the paper to the class assignment it was started from.
 */
export async function startMockExam(
  userId: string,
  input: StartMockInput,
  options: { seed?: number; now?: Date; assignmentId?: string } = {},
): Promise<{ id: string }> {
  const parsed = startMockInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestError(`Invalid mock: ${issue.path.join(".")}: ${issue.message}`, undefined, "validation_failed");
  }
  const { courseSlug, paper, scale, durationSeconds } = parsed.data;
  const local = shortDurationsAllowed();
  if (scale < 0.1 && !local) throw new BadRequestError("A mock is at least a tenth of the paper.", undefined, "validation_failed");
  if (durationSeconds !== undefined && !local)
    throw new BadRequestError("A duration in seconds is accepted on local instances only.", undefined, "validation_failed");

  // From the primary: a course chosen a moment ago (onboarding) must already count.
  const enrolment = await db.$primary().enrolment.findFirst({ where: { userId, course: { slug: courseSlug } }, select: { id: true } });
  if (!enrolment) throw new ForbiddenError("Add this course to your courses before sitting its mock papers.");

  const assembled = await assemblePaper(courseSlug, paper, { seed: options.seed ?? randomInt(0, MAX_SEED), scale });
  const seconds = durationSeconds ?? Math.max(60, Math.round(assembled.paper.durationMinutes * 60 * scale));
  const now = options.now ?? new Date();
  const mock = await db.mockExam.create({
    data: {
      userId,
      courseId: assembled.course.id,
      paper,
      questionIds: assembled.questions.map((q) => q.id),
      startedAt: now,
      deadlineAt: new Date(now.getTime() + seconds * 1000),
      totalMarks: assembled.totalMarks,
      assignmentId: options.assignmentId,
    },
    select: { id: true },
  });
  return mock;
}
