import { db } from "@/lib/db/prisma";

export type ImportCourse = { id: string; slug: string; level: "SL" | "HL"; topicIds: Map<string, string> };

/** What validation needs from the database, in four queries whatever the file's size. */
export type ImportCatalog = {
  /** Live (not archived) courses named in the file, with their live topics by syllabus code. */
  courses: Map<string, ImportCourse>;
  /** Course slug of every question that already has one of the file's keys. */
  courseOfKey: Map<string, string>;
  /** The multi-part question (group key) each of those questions is a part of; absent for one-part questions. */
  groupOfKey: Map<string, string>;
  /** Course slug of every multi-part question that already has one of the file's group keys. */
  courseOfGroupKey: Map<string, string>;
  /** Which of the figures the file points at are stored. */
  storedFigures: Set<string>;
};

export async function loadImportCatalog(courseSlugs: string[], keys: string[], figureHashes: string[] = [], groupKeys: string[] = []): Promise<ImportCatalog> {
  const [courses, questions, figures, groups] = await Promise.all([
    db.course.findMany({
      where: { slug: { in: courseSlugs }, archivedAt: null },
      select: { id: true, slug: true, level: true, topics: { where: { archivedAt: null }, select: { id: true, code: true } } },
    }),
    // The primary: a question created a moment ago elsewhere must still stop a key from changing course.
    db
      .$primary()
      .question.findMany({ where: { key: { in: keys } }, select: { key: true, course: { select: { slug: true } }, group: { select: { key: true } } } }),
    // The primary too: figures are uploaded in the editor moments before the file that uses them.
    figureHashes.length ? db.$primary().figure.findMany({ where: { hash: { in: figureHashes } }, select: { hash: true } }) : [],
    groupKeys.length
      ? db.$primary().questionGroup.findMany({ where: { key: { in: groupKeys } }, select: { key: true, course: { select: { slug: true } } } })
      : [],
  ]);
  return {
    courses: new Map(courses.map((c) => [c.slug, { id: c.id, slug: c.slug, level: c.level, topicIds: new Map(c.topics.map((t) => [t.code, t.id])) }])),
    courseOfKey: new Map(questions.map((q) => [q.key, q.course.slug])),
    groupOfKey: new Map(questions.flatMap((q) => (q.group ? [[q.key, q.group.key] as const] : []))),
    courseOfGroupKey: new Map(groups.map((g) => [g.key, g.course.slug])),
    storedFigures: new Set(figures.map((f) => f.hash)),
  };
}
