import { db } from "@/lib/db/prisma";

type StatusCounts = { published: number; draft: number; archived: number };

export type AdminTopicNode = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  hlOnly: boolean;
  depth: number;
  archived: boolean;
  /** Questions on this topic itself, by status. */
  questions: StatusCounts;
  /** Published questions on the topic and its subtopics: what students see under it. */
  publishedInSubtree: number;
  flashcards: StatusCounts;
  /** The status of the topic's revision note, or null without one. */
  note: "DRAFT" | "PUBLISHED" | "ARCHIVED" | null;
  children: AdminTopicNode[];
};

export type CourseTopicTree = {
  course: { id: string; slug: string; name: string; level: "SL" | "HL"; archived: boolean; subject: { id: string; name: string } };
  papers: { code: string; name: string }[];
  /** Roots in syllabus order, archived topics included (flagged). */
  topics: AdminTopicNode[];
  /** The same topics depth first, for pickers. */
  flat: AdminTopicNode[];
};

const emptyCounts = (): StatusCounts => ({ published: 0, draft: 0, archived: 0 });
const key = { PUBLISHED: "published", DRAFT: "draft", ARCHIVED: "archived" } as const;

/** A course's whole topic tree for the admin, with question and flashcard counts per topic, or null. */
export async function getCourseTopicTree(courseId: string): Promise<CourseTopicTree | null> {
  const primary = db.$primary();
  const [course, questionCounts, flashcardCounts] = await Promise.all([
    primary.course.findUnique({
      where: { id: courseId },
      select: {
        id: true,
        slug: true,
        name: true,
        level: true,
        archivedAt: true,
        subject: { select: { id: true, name: true } },
        papers: { orderBy: { code: "asc" }, select: { code: true, name: true } },
        topics: {
          orderBy: { sortOrder: "asc" },
          select: { id: true, parentId: true, code: true, title: true, hlOnly: true, depth: true, archivedAt: true, note: { select: { status: true } } },
        },
      },
    }),
    primary.question.groupBy({ by: ["topicId", "status"], where: { courseId }, _count: { _all: true } }),
    primary.flashcard.groupBy({ by: ["topicId", "status"], where: { courseId }, _count: { _all: true } }),
  ]);
  if (!course) return null;

  const nodes = new Map<string, AdminTopicNode>();
  const roots: AdminTopicNode[] = [];
  const flat: AdminTopicNode[] = [];
  for (const { archivedAt, note, ...t } of course.topics) {
    const node: AdminTopicNode = {
      ...t,
      archived: archivedAt !== null,
      questions: emptyCounts(),
      publishedInSubtree: 0,
      flashcards: emptyCounts(),
      note: note?.status ?? null,
      children: [],
    };
    nodes.set(t.id, node);
    flat.push(node);
    const parent = t.parentId ? nodes.get(t.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const c of questionCounts) {
    const node = nodes.get(c.topicId);
    if (node) node.questions[key[c.status]] = c._count._all;
  }
  for (const c of flashcardCounts) {
    const node = nodes.get(c.topicId);
    if (node) node.flashcards[key[c.status]] = c._count._all;
  }
  const total = (n: AdminTopicNode): number => (n.publishedInSubtree = n.questions.published + n.children.reduce((s, c) => s + total(c), 0));
  roots.forEach(total);

  return {
    course: { id: course.id, slug: course.slug, name: course.name, level: course.level, archived: course.archivedAt !== null, subject: course.subject },
    papers: course.papers,
    topics: roots,
    flat,
  };
}
