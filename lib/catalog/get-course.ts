import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import type { Level, PaperCode } from "@/lib/catalog/catalog-input";
import { catalogCachePolicy, courseKey } from "@/lib/catalog/catalog-cache";

/** `hasNote`: a published revision note to read at /courses/[slug]/topics/[code]. */
export type TopicNode = { id: string; code: string; title: string; hlOnly: boolean; questionCount: number; hasNote: boolean; children: TopicNode[] };
export type CourseDetail = {
  id: string;
  slug: string;
  name: string;
  level: Level;
  subject: { slug: string; name: string; group: number; description: string; practiceNote: string | null };
  papers: { code: PaperCode; name: string; durationMinutes: number; totalMarks: number; calculator: boolean; weightPercent: number }[];
  topics: TopicNode[];
  questionCount: number;
  flashcardCount: number;
};

/**
 * A course with its papers and syllabus tree, or null when there is no such active course. Only real
 * courses are cached: a flood of made-up slugs costs one indexed query each and leaves no key behind.
 */
export function getCourse(slug: string): Promise<CourseDetail | null> {
  return cache.getOrCompute(courseKey(slug), { ...catalogCachePolicy, cacheNull: false }, () => loadCourse(slug));
}

async function loadCourse(slug: string): Promise<CourseDetail | null> {
  const course = await db.course.findFirst({
    where: { slug, archivedAt: null, subject: { archivedAt: null } },
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      subject: { select: { slug: true, name: true, group: true, description: true, practiceNote: true } },
      papers: { orderBy: { code: "asc" }, select: { code: true, name: true, durationMinutes: true, totalMarks: true, calculator: true, weightPercent: true } },
      topics: {
        where: { archivedAt: null },
        orderBy: { sortOrder: "asc" },
        select: { id: true, parentId: true, code: true, title: true, hlOnly: true, note: { select: { status: true } } },
      },
      _count: { select: { flashcards: { where: { status: "PUBLISHED" } } } },
    },
  });
  if (!course) return null;
  const counts = await db.question.groupBy({ by: ["topicId"], where: { courseId: course.id, status: "PUBLISHED" }, _count: { _all: true } });
  const perTopic = new Map(counts.map((c) => [c.topicId, c._count._all]));

  const nodes = new Map<string, TopicNode>();
  const roots: TopicNode[] = [];
  for (const t of course.topics) {
    const node: TopicNode = {
      id: t.id,
      code: t.code,
      title: t.title,
      hlOnly: t.hlOnly,
      questionCount: perTopic.get(t.id) ?? 0,
      hasNote: t.note?.status === "PUBLISHED",
      children: [],
    };
    nodes.set(t.id, node);
    const parent = t.parentId ? nodes.get(t.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  // A topic's count includes its subtopics', which is what "questions on Topic 1" means to a student.
  const total = (n: TopicNode): number => (n.questionCount += n.children.reduce((s, c) => s + total(c), 0));
  roots.forEach(total);

  return {
    id: course.id,
    slug: course.slug,
    name: course.name,
    level: course.level,
    subject: course.subject,
    papers: course.papers,
    topics: roots,
    questionCount: counts.reduce((s, c) => s + c._count._all, 0),
    flashcardCount: course._count.flashcards,
  };
}
