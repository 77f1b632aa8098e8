import { cache, type CachePolicy } from "@/lib/cache/cache-aside";

// The catalog is public and the same for everyone, so its keys carry no user. It changes only when
// content is edited, which invalidates it, so the TTL is long and only bounds the damage of a missed
// invalidation.
export const catalogCachePolicy: CachePolicy = { cache: "catalog", ttlSeconds: 6 * 60 * 60 };

// The version segment changes when the cached shape changes, so a deploy never reads old shapes.
export const catalogKey = () => "catalog:v1:all";
// v2: topics say whether they have a published note; the subject carries its practice note.
export const courseKey = (courseSlug: string) => `catalog:v2:course:${courseSlug}`;
export const coursesWithQuestionsKey = () => "catalog:v1:courses-with-questions";

/** Call after any write to subjects, courses, topics or published questions. */
export async function invalidateCatalog(courseSlugs: string[] = []): Promise<void> {
  await cache.invalidate(catalogKey(), coursesWithQuestionsKey(), ...courseSlugs.map(courseKey));
}
