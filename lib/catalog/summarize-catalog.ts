import type { CatalogGroup } from "@/lib/catalog/list-catalog";

/** Headline counts for the landing page, derived from the cached catalog (no extra query). */
export function summarizeCatalog(groups: CatalogGroup[]) {
  const subjects = groups.flatMap((g) => g.subjects);
  const courses = subjects.flatMap((s) => s.courses);
  return {
    subjects: subjects.length,
    courses: courses.length,
    topics: courses.reduce((n, c) => n + c.topicCount, 0),
    questions: courses.reduce((n, c) => n + c.questionCount, 0),
  };
}
