import { cache as appCache, type Cache } from "@/lib/cache/cache-aside";
import type { DbClient } from "@/lib/db/prisma";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { readerFor } from "@/lib/db/read-your-writes";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_NEW_PER_DAY } from "@/lib/flashcards/review-queue";
import { localDate, localDayBounds, safeTimeZone } from "@/lib/calendar/local-calendar";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { examCountdown } from "@/lib/dashboard/exam-countdown";
import { keepLastGoodDashboard, lastGoodDashboard } from "@/lib/dashboard/last-good-dashboard";
import { loadDashboardActivity, type TrendRow } from "@/lib/dashboard/load-dashboard-activity";
import { loadDashboardCourses } from "@/lib/dashboard/load-dashboard-courses";
import { rawReader } from "@/lib/dashboard/raw-reader";
import { studyStreak } from "@/lib/dashboard/study-streak";
import { summarizeCourse } from "@/lib/dashboard/summarize-course";
import type { RecentAttempt, StudentDashboard } from "@/lib/dashboard/dashboard-types";

export type DashboardOptions = {
  /** The instant "today" and ages are computed from (tests); defaults to when the value is computed. */
  now?: Date;
  /** The cache to read through (tests pass one on a dead Redis); the app's by default. */
  cache?: Cache;
  /** Where to compute from (tests pass one on a dead database); readerFor(userId) by default. */
  reader?: DbClient;
};

/**
 * The student's dashboard, from the cache when it is there (10 minutes, dropped by every write of theirs
 * that it shows: attempts, self-marking, reviews), else computed in two queries. Concurrent misses for
 * one student compute once; without Redis it is computed from the database every time. When the
 * database cannot be reached, the last dashboard computed for them (up to a day old) is returned with
 * `stale: true`; without one, the connection error is thrown (the route answers 503).
 */
export async function getStudentDashboard(userId: string, options: DashboardOptions = {}): Promise<StudentDashboard> {
  const cache = options.cache ?? appCache;
  try {
    return await cache.getOrCompute(dashboardKey(userId), dashboardCachePolicy, () => computeAndKeep(userId, options));
  } catch (err) {
    return await lastGoodOrThrow(userId, err);
  }
}

/**
 * getStudentDashboard as the UTF-8 JSON the API sends. A cached dashboard (23 KB for a student of six
 * courses) goes out as the bytes Redis returned, never decoded, parsed, serialised or encoded again;
 * `stale` as in getStudentDashboard.
 */
export async function getStudentDashboardJson(userId: string, options: DashboardOptions = {}): Promise<{ json: Buffer; stale: boolean }> {
  const cache = options.cache ?? appCache;
  try {
    return { json: await cache.getOrComputeJsonBytes(dashboardKey(userId), dashboardCachePolicy, () => computeAndKeep(userId, options)), stale: false };
  } catch (err) {
    return { json: Buffer.from(JSON.stringify(await lastGoodOrThrow(userId, err))), stale: true };
  }
}

async function computeAndKeep(userId: string, options: DashboardOptions): Promise<StudentDashboard> {
  const dashboard = await computeStudentDashboard(userId, options.now ?? new Date(), options.reader ?? (await readerFor(userId)));
  await keepLastGoodDashboard(userId, dashboard);
  return dashboard;
}

async function lastGoodOrThrow(userId: string, err: unknown): Promise<StudentDashboard> {
  if (!isConnectionError(err)) throw err;
  const stale = await lastGoodDashboard(userId);
  if (!stale) throw err;
  return stale;
}

/**
 * Computes the dashboard in two statements on `reader` (readerFor(userId): the primary right after the
 * student's own write, else a replica; raw queries are sent to the replica explicitly, see rawReader):
 * 1. loadDashboardCourses: time zone, exam session, per course the topics with mastery and the grade
 *    boundaries → exam countdown, progress, heat map, weak topics, boundaries for the prediction;
 * 2. loadDashboardActivity (needs the time zone and courses from 1): weekly marks → accuracy trend, recent
 *    marked attempts → predicted grade, the last ten attempts → recent activity, active local days →
 *    streak, cards due before local midnight → cards due today, unseen flashcards → new cards today.
 */
export async function computeStudentDashboard(userId: string, now: Date, reader: DbClient): Promise<StudentDashboard> {
  let raw = rawReader(reader);
  let user = await loadDashboardCourses(raw, userId);
  if (!user && raw !== reader) {
    // A replica may not have an account created moments ago yet: ask the primary before giving up, and
    // read the rest there too (a third statement, only in this rare case).
    raw = reader.$primary();
    user = await loadDashboardCourses(raw, userId);
  }
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");

  const timeZone = safeTimeZone(user.timezone);
  const today = localDate(now, timeZone);
  const activity = await loadDashboardActivity(raw, {
    userId,
    courseIds: user.courses.map((c) => c.courseId),
    timeZone,
    today,
    day: localDayBounds(now, timeZone),
  });

  const trendByCourse = new Map<string, TrendRow[]>();
  for (const row of activity.trend) trendByCourse.set(row[0], [...(trendByCourse.get(row[0]) ?? []), row]);

  return {
    generatedAt: now.toISOString(),
    timeZone,
    today,
    exam: examCountdown(user.exam_month, user.exam_year, today),
    streak: studyStreak(activity.active_days, today),
    cardsDueToday: activity.cards_due,
    newCardsToday: Math.min(activity.unseen, Math.max(0, DEFAULT_NEW_PER_DAY - activity.introduced_today)),
    recentActivity: activity.recent.map((r): RecentAttempt => ({ ...r, at: new Date(Number(r.at)).toISOString() })),
    courses: user.courses.map((course) =>
      summarizeCourse(course, trendByCourse.get(course.courseId) ?? [], activity.samples[course.courseId] ?? [], now, today),
    ),
  };
}
