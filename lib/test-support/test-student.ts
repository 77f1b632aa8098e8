import { db } from "@/lib/db/prisma";
import { createTestUser } from "@/lib/test-support/users";
import { recordAttempts, type AttemptToRecord } from "@/lib/attempts/record-attempts";

/**
 * Test support: a student enrolled in one course with `answers` marked attempts on its published
 * questions (the first `correct` of them fully right, the rest wrong), through the real write path.
 */
export async function createTestStudent(options: { name?: string; courseSlug?: string; answers?: number; correct?: number; role?: "STUDENT" | "ADMIN" } = {}) {
  const courseSlug = options.courseSlug ?? "physics-sl";
  const course = await db.$primary().course.findUniqueOrThrow({ where: { slug: courseSlug }, select: { id: true } });
  const user = await createTestUser({
    role: options.role ?? "STUDENT",
    courses: [[courseSlug, 6]],
    data: { name: options.name ?? null, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash" },
  });
  const answers = options.answers ?? 0;
  if (answers > 0) {
    const questions = await db.$primary().question.findMany({
      where: { courseId: course.id, status: "PUBLISHED", type: { not: "WRITTEN" } },
      orderBy: { key: "asc" },
      take: answers,
      select: { id: true, courseId: true, topicId: true, marks: true, version: true },
    });
    const correct = options.correct ?? answers;
    await recordAttempts(
      user.id,
      questions.map((q, i): AttemptToRecord => {
        const marksAwarded = i < correct ? q.marks : 0;
        return {
          question: q,
          answer: { type: "NUMERIC", value: "1" },
          result: { status: "MARKED", marksAwarded, maxMarks: q.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
          timeSpentMs: 1_000,
        };
      }),
    );
  }
  return { userId: user.id, email: user.email, courseId: course.id, courseSlug };
}
