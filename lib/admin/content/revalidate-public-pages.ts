import { revalidatePath } from "next/cache";
import { logger } from "@/lib/observability/logger";

/** The statically regenerated public pages that show content: the landing page, the catalog, course pages (and any page named). */
export function publicContentPaths(courseSlugs: string[], pages: string[] = []): string[] {
  return [...new Set(["/", "/courses", ...courseSlugs.map((slug) => `/courses/${slug}`), ...pages])];
}

/**
 * Marks the public pages showing this content stale, so the next visitor gets a fresh render instead of
 * waiting out the pages' 5-minute revalidation. Outside a Next.js request (a script, a job worker, a
 * test) there is no page cache to mark and the pages refresh on their own schedule.
 */
export function revalidatePublicPages(courseSlugs: string[], pages: string[] = []): void {
  for (const path of publicContentPaths(courseSlugs, pages)) {
    try {
      revalidatePath(path);
    } catch (err) {
      if (err instanceof Error && err.message.includes("static generation store missing")) {
        logger.debug({ path }, "no Next.js request in scope: public page left to its revalidate window");
        continue;
      }
      throw err;
    }
  }
}
