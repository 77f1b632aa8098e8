import { db } from "@/lib/db/prisma";

export type ContentCourseRow = {
  id: string;
  slug: string;
  name: string;
  level: "SL" | "HL";
  archived: boolean;
  topicCount: number;
  questions: { published: number; draft: number; archived: number };
  flashcardCount: number;
};
export type ContentSubjectRow = { id: string; slug: string; name: string; group: number; description: string; archived: boolean; courses: ContentCourseRow[] };

/**
 * One subject, archived or not, with each of its courses and their size, or null. Read from the primary,
 * since it is shown right after the admin's own edits.
 */
export async function getContentSubject(subjectId: string): Promise<ContentSubjectRow | null> {
  const primary = db.$primary();
  const [s, questionCounts] = await Promise.all([
    primary.subject.findUnique({
      where: { id: subjectId },
      select: {
        id: true,
        slug: true,
        name: true,
        group: true,
        description: true,
        archivedAt: true,
        courses: {
          orderBy: { level: "asc" },
          select: {
            id: true,
            slug: true,
            name: true,
            level: true,
            archivedAt: true,
            _count: { select: { topics: { where: { archivedAt: null } }, flashcards: { where: { status: "PUBLISHED" } } } },
          },
        },
      },
    }),
    primary.question.groupBy({ by: ["courseId", "status"], where: { course: { subjectId } }, _count: { _all: true } }),
  ]);
  const count = (courseId: string, status: string) => questionCounts.find((c) => c.courseId === courseId && c.status === status)?._count._all ?? 0;
  if (!s) return null;
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    group: s.group,
    description: s.description,
    archived: s.archivedAt !== null,
    courses: s.courses.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      level: c.level,
      archived: c.archivedAt !== null,
      topicCount: c._count.topics,
      questions: { published: count(c.id, "PUBLISHED"), draft: count(c.id, "DRAFT"), archived: count(c.id, "ARCHIVED") },
      flashcardCount: c._count.flashcards,
    })),
  };
}
