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
 * Every subject and course, archived ones included, with the size of each course: the admin's map of the
 * content. Read from the primary, since it is shown right after the admin's own edits.
 */
export async function listContentSubjects(): Promise<ContentSubjectRow[]> {
  const primary = db.$primary();
  const [subjects, questionCounts] = await Promise.all([
    primary.subject.findMany({
      orderBy: [{ group: "asc" }, { name: "asc" }],
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
    primary.question.groupBy({ by: ["courseId", "status"], _count: { _all: true } }),
  ]);
  const count = (courseId: string, status: string) => questionCounts.find((c) => c.courseId === courseId && c.status === status)?._count._all ?? 0;
  return subjects.map((s) => ({
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
  }));
}
