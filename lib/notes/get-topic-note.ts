import { db } from "@/lib/db/prisma";
import type { Level } from "@/lib/catalog/catalog-input";

type TopicLink = { code: string; title: string };

export type TopicNotePage = {
  course: { slug: string; name: string; level: Level };
  topic: TopicLink & { id: string; hlOnly: boolean; parentTitle: string | null; questionCount: number };
  body: string;
  updatedAt: Date;
  /** The course's neighbouring topics that have notes, in syllabus order: read on without going back. */
  previous: TopicLink | null;
  next: TopicLink | null;
};

/**
 * A published note of an active course's topic, for the public note page, or null. Read from a replica:
 * the page is regenerated every few minutes (ISR), so a note published a moment ago shows up then.
 */
export async function getTopicNote(courseSlug: string, code: string): Promise<TopicNotePage | null> {
  const topic = await db.topic.findFirst({
    where: { code, archivedAt: null, course: { slug: courseSlug, archivedAt: null, subject: { archivedAt: null } }, note: { status: "PUBLISHED" } },
    select: {
      id: true,
      code: true,
      title: true,
      hlOnly: true,
      sortOrder: true,
      courseId: true,
      parent: { select: { title: true } },
      course: { select: { slug: true, name: true, level: true } },
      note: { select: { body: true, updatedAt: true } },
      _count: { select: { questions: { where: { status: "PUBLISHED" } } } },
    },
  });
  if (!topic?.note) return null;
  const noted = { courseId: topic.courseId, archivedAt: null, note: { status: "PUBLISHED" as const } };
  const [previous, next] = await Promise.all([
    db.topic.findFirst({ where: { ...noted, sortOrder: { lt: topic.sortOrder } }, orderBy: { sortOrder: "desc" }, select: { code: true, title: true } }),
    db.topic.findFirst({ where: { ...noted, sortOrder: { gt: topic.sortOrder } }, orderBy: { sortOrder: "asc" }, select: { code: true, title: true } }),
  ]);
  return {
    course: topic.course,
    topic: {
      id: topic.id,
      code: topic.code,
      title: topic.title,
      hlOnly: topic.hlOnly,
      parentTitle: topic.parent?.title ?? null,
      questionCount: topic._count.questions,
    },
    body: topic.note.body,
    updatedAt: topic.note.updatedAt,
    previous,
    next,
  };
}
