import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { catalogCachePolicy, coursesWithQuestionsKey } from "@/lib/catalog/catalog-cache";

/**
 * The slugs of active courses with at least one published question. Many courses are still being
 * written; every page that offers practice, a mock or a "answer N more" asks this first so a student is
 * told plainly instead of meeting a button that fails. Cached with the catalog and dropped with it
 * (invalidateCatalog), since publishing a question is a catalog write.
 */
export async function coursesWithQuestions(): Promise<ReadonlySet<string>> {
  return new Set(await cache.getOrCompute(coursesWithQuestionsKey(), catalogCachePolicy, loadCourseSlugs));
}

async function loadCourseSlugs(): Promise<string[]> {
  const rows = await db.course.findMany({
    where: { archivedAt: null, questions: { some: { status: "PUBLISHED" } } },
    orderBy: { slug: "asc" },
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}
