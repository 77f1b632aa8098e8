import { db } from "@/lib/db/prisma";

/** Published questions of a course with what the tests need to answer them right. */
export async function publishedQuestions(courseSlug: string, where: { type?: "MCQ" | "NUMERIC" | "WRITTEN"; topicId?: string } = {}) {
  return db.$primary().question.findMany({
    // One-part questions: a part of a multi-part question is practised with its siblings, never alone.
    where: { course: { slug: courseSlug }, status: "PUBLISHED", groupId: null, ...where },
    orderBy: { key: "asc" },
    select: {
      id: true,
      key: true,
      type: true,
      topicId: true,
      courseId: true,
      marks: true,
      difficulty: true,
      paper: true,
      correctOptionId: true,
      numericAnswer: true,
      options: true,
      version: true,
    },
  });
}

/** The paper's questions with their answers, in paper order (tests only: never sent to a student). */
export async function paperQuestions(mockId: string) {
  const mock = await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId }, select: { questionIds: true } });
  const rows = await db.question.findMany({ where: { id: { in: mock.questionIds } }, include: { markingPoints: { orderBy: { sortOrder: "asc" } } } });
  return mock.questionIds.map((id) => rows.find((q) => q.id === id)!);
}
