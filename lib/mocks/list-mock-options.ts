import { db } from "@/lib/db/prisma";
import { mockPapersOf, type MockPaper } from "@/lib/mocks/mock-papers";

export type MockCourseOption = { slug: string; name: string; papers: MockPaper[] };

/** The student's courses with the papers a mock can be sat as. From the primary, like the course list. */
export async function listMockOptions(userId: string): Promise<MockCourseOption[]> {
  const rows = await db.$primary().enrolment.findMany({
    where: { userId, course: { archivedAt: null } },
    orderBy: { course: { name: "asc" } },
    select: {
      course: {
        select: { slug: true, name: true, papers: { select: { code: true, name: true, durationMinutes: true, totalMarks: true, calculator: true } } },
      },
    },
  });
  return rows.map(({ course }) => ({ slug: course.slug, name: course.name, papers: mockPapersOf(course.papers) }));
}
