import { cache } from "@/lib/cache/cache-aside";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { db } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { dashboardKey } from "@/lib/progress/dashboard-cache";
import { revalidatePublicPages } from "@/lib/admin/content/revalidate-public-pages";
import { waitForReplicas } from "@/lib/admin/content/wait-for-replicas";

/** What a content write changed, in the terms of the caches that hold content. */
export type ContentChange = {
  /**
   * Courses whose catalog entry, course page or counts changed (on a slug change, the old slug too).
   * The catalog list, the landing page's figures and each course's page are refreshed.
   */
  courseSlugs: string[];
  /**
   * Courses whose topic tree or name changed: students enrolled in them see topic titles and codes on
   * their cached dashboards, so those dashboards are dropped too.
   */
  dashboardCourseIds?: string[];
  /** Further public pages that show the change (a topic's note page). */
  pages?: string[];
};

const DASHBOARD_BATCH = 1_000;
// When the replicas were too slow, a read between our invalidation and their catch-up may have cached
// old content; a second invalidation once they have surely caught up removes it.
const LATE_INVALIDATION_MS = 10_000;

/**
 * Makes a committed content write visible to students on their next request: waits for the read
 * replicas to have it, then drops every cached copy of what changed (Redis catalog and course entries,
 * enrolled students' dashboards, the statically regenerated public pages). Call it after the write's
 * transaction commits, never inside it.
 */
export async function refreshContentCaches(change: ContentChange): Promise<void> {
  const caughtUp = await waitForReplicas();
  const dropCaches = async () => {
    await invalidateCatalog([...new Set(change.courseSlugs)]);
    await invalidateCourseDashboards(change.dashboardCourseIds ?? []);
  };
  await dropCaches();
  revalidatePublicPages(change.courseSlugs, change.pages);
  if (!caughtUp) {
    setTimeout(() => void dropCaches().catch((err: unknown) => logger.warn({ err }, "late content cache invalidation failed")), LATE_INVALIDATION_MS).unref();
  }
}

/** Drops the cached dashboards of every student enrolled in the courses, a batch of keys at a time. */
async function invalidateCourseDashboards(courseIds: string[]): Promise<void> {
  if (!courseIds.length) return;
  // One index scan on enrolments(course_id); even a very popular course is a few MB of ids, once.
  const rows = await db.enrolment.findMany({ where: { courseId: { in: courseIds } }, distinct: ["userId"], select: { userId: true } });
  for (let at = 0; at < rows.length; at += DASHBOARD_BATCH) {
    await cache.invalidate(...rows.slice(at, at + DASHBOARD_BATCH).map((r) => dashboardKey(r.userId)));
  }
}
