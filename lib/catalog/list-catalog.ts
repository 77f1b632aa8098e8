import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { subjectGroups, type Level } from "@/lib/catalog/catalog-input";
import { catalogCachePolicy, catalogKey } from "@/lib/catalog/catalog-cache";

export type CatalogCourse = { slug: string; level: Level; name: string; topicCount: number; questionCount: number };
export type CatalogSubject = { slug: string; name: string; description: string; courses: CatalogCourse[] };
export type CatalogGroup = { group: number; name: string; subjects: CatalogSubject[] };

/** Every active subject grouped by IB subject group, with its courses and their sizes. */
export function listCatalog(): Promise<CatalogGroup[]> {
  return cache.getOrCompute(catalogKey(), catalogCachePolicy, loadCatalog);
}

async function loadCatalog(): Promise<CatalogGroup[]> {
  const [subjects, topicCounts, questionCounts] = await Promise.all([
    db.subject.findMany({
      where: { archivedAt: null },
      orderBy: [{ group: "asc" }, { name: "asc" }],
      select: {
        slug: true,
        name: true,
        group: true,
        description: true,
        courses: { where: { archivedAt: null }, orderBy: { level: "desc" }, select: { id: true, slug: true, level: true, name: true } },
      },
    }),
    db.topic.groupBy({ by: ["courseId"], where: { archivedAt: null }, _count: { _all: true } }),
    db.question.groupBy({ by: ["courseId"], where: { status: "PUBLISHED" }, _count: { _all: true } }),
  ]);
  const topics = new Map(topicCounts.map((t) => [t.courseId, t._count._all]));
  const questions = new Map(questionCounts.map((q) => [q.courseId, q._count._all]));

  return Object.entries(subjectGroups)
    .map(([group, name]) => ({
      group: Number(group),
      name,
      subjects: subjects
        .filter((s) => s.group === Number(group))
        .map((s) => ({
          slug: s.slug,
          name: s.name,
          description: s.description,
          // SL before HL reads naturally; the query sorts by enum order, so flip here.
          courses: s.courses
            .map((c) => ({ slug: c.slug, level: c.level, name: c.name, topicCount: topics.get(c.id) ?? 0, questionCount: questions.get(c.id) ?? 0 }))
            .sort((a, b) => a.level.localeCompare(b.level) * -1),
        })),
    }))
    .filter((g) => g.subjects.length > 0);
}
