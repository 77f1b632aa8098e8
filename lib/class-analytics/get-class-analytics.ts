import { cache as appCache, type Cache } from "@/lib/cache/cache-aside";
import { db, type DbClient } from "@/lib/db/prisma";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { rawReader } from "@/lib/dashboard/raw-reader";
import { assertTeacher, classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import { classAnalyticsCachePolicy, classAnalyticsKey } from "@/lib/class-cache/class-analytics-cache";
import { classReader } from "@/lib/class-analytics/class-reader";
import { keepLastGoodClassAnalytics, lastGoodClassAnalytics } from "@/lib/class-analytics/last-good-class-analytics";
import { loadClassAssignments } from "@/lib/class-analytics/load-class-assignments";
import { loadClassGradeSamples } from "@/lib/class-analytics/load-class-grade-samples";
import { loadClassRosterProgress } from "@/lib/class-analytics/load-class-roster-progress";
import { summarizeClassAnalytics } from "@/lib/class-analytics/summarize-class-analytics";
import type { ClassAnalytics } from "@/lib/class-analytics/class-analytics-types";

export type ClassAnalyticsOptions = {
  /** The instant ages are computed from (tests); defaults to when the value is computed. */
  now?: Date;
  /** The cache to read through (tests); the app's by default. */
  cache?: Cache;
  /** Where to check access and compute from (tests); the primary and classReader(classId) by default. */
  reader?: DbClient;
};

/**
 * A class's analytics for one of its teachers (404 for anyone else, 403 for students). The access check
 * is one indexed read of the primary on every call, so a teacher removed from the class loses it at once; the
 * analytics themselves come from the class's cache entry (10 minutes, dropped by any member's write that
 * changes their results), else are computed in three statements whatever the class's size. Concurrent
 * misses compute once; when the database cannot be reached the last copy (up to a day old) is returned
 * with `stale: true`.
 */
export async function getClassAnalytics(actor: ClassActor, classId: string, options: ClassAnalyticsOptions = {}): Promise<ClassAnalytics> {
  assertTeacher(actor);
  const cache = options.cache ?? appCache;
  try {
    const cls = await classTaughtBy(options.reader ?? db.$primary(), actor, classId);
    return await cache.getOrCompute(classAnalyticsKey(cls.id), classAnalyticsCachePolicy, async () => {
      const { analytics, teacherIds } = await computeClassAnalytics(cls, options.now ?? new Date(), options.reader ?? (await classReader(cls.id)));
      await keepLastGoodClassAnalytics(analytics, teacherIds);
      return analytics;
    });
  } catch (err) {
    if (!isConnectionError(err)) throw err;
    // Neither the access check nor the computation could reach the database: the last copy, if this
    // teacher taught the class when it was made.
    const stale = /^[0-9a-f-]{36}$/i.test(classId) ? await lastGoodClassAnalytics(classId.toLowerCase(), actor.id) : null;
    if (!stale) throw err;
    return stale;
  }
}

/** The three statements (members with mastery, grade samples, assignment work), run side by side. */
export async function computeClassAnalytics(
  cls: { id: string; name: string; courseId: string },
  now: Date,
  reader: DbClient,
): Promise<{ analytics: ClassAnalytics; teacherIds: string[] }> {
  const raw = rawReader(reader);
  const [progress, samples, assignments] = await Promise.all([
    loadClassRosterProgress(raw, cls.id, cls.courseId),
    loadClassGradeSamples(raw, cls.id, cls.courseId),
    loadClassAssignments(raw, cls.id),
  ]);
  return { analytics: summarizeClassAnalytics(cls, progress, samples, assignments, now), teacherIds: progress.teacher_ids };
}
