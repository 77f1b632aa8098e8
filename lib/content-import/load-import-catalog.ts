import { db } from "@/lib/db/prisma";

export type ImportCourse = { id: string; slug: string; level: "SL" | "HL"; topicIds: Map<string, string> };

/** What validation needs from the database, in three queries whatever the file's size. */
export type ImportCatalog = {
  /** Live (not archived) courses named in the file, with their live topics by syllabus code. */
  courses: Map<string, ImportCourse>;
  /** Course slug of every question that already has one of the file's keys. */
  courseOfKey: Map<string, string>;
  /** Which of the figures the file points at are stored. */
  storedFigures: Set<string>;
};

export async function loadImportCatalog(courseSlugs: string[], keys: string[], figureHashes: string[] = []): Promise<ImportCatalog> {
  const [courses, questions, figures] = await Promise.all([
    db.course.findMany({
      where: { slug: { in: courseSlugs }, archivedAt: null },
      select: { id: true, slug: true, level: true, topics: { where: { archivedAt: null }, select: { id: true, code: true } } },
    }),
    // The primary: a question created a moment ago elsewhere must still stop a key from changing course.
    db.$primary().question.findMany({ where: { key: { in: keys } }, select: { key: true, course: { select: { slug: true } } } }),
    // The primary too: figures are uploaded in the editor moments before the file that uses them.
    figureHashes.length ? db.$primary().figure.findMany({ where: { hash: { in: figureHashes } }, select: { hash: true } }) : [],
  ]);
  return {
    courses: new Map(courses.map((c) => [c.slug, { id: c.id, slug: c.slug, level: c.level, topicIds: new Map(c.topics.map((t) => [t.code, t.id])) }])),
    courseOfKey: new Map(questions.map((q) => [q.key, q.course.slug])),
    storedFigures: new Set(figures.map((f) => f.hash)),
  };
}
