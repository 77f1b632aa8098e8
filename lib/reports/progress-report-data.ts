import { Prisma } from "@/generated/prisma/client";
import { getCourse } from "@/lib/catalog/get-course";
import { db, type DbClient } from "@/lib/db/prisma";
import { rawReader } from "@/lib/dashboard/raw-reader";
import { computeStudentDashboard } from "@/lib/dashboard/student-dashboard";
import type { CourseDashboard } from "@/lib/dashboard/dashboard-types";
import { NotFoundError } from "@/lib/errors";
import { REPORT_ACTIVITY_DAYS, type ReportCourse, type StudentProgressReport } from "@/lib/reports/progress-report-types";
import { topLevelMastery } from "@/lib/reports/top-level-mastery";

// Each student costs the dashboard's two statements; a few at a time keeps a 500-student report from
// taking every pooled connection away from requests.
const CONCURRENCY = 3;
const DAY_MS = 86_400_000;

type ActivityRow = { user_id: string; answered: number; marked: number; awarded: number; available: number; reviews: number };

/**
 * The figures of a progress report, per student, in name order. Mastery, predicted grade, weak topics and
 * cards due are the student's own dashboard (computeStudentDashboard), so a report never disagrees with
 * what the student sees; mastery is rolled up to top-level topics. `courseId` narrows each student to one
 * course (a course's group report). Students who no longer exist are left out.
 */
export async function loadProgressReportData(
  scope: { userIds: string[]; courseId?: string | null },
  options: { now?: Date; reader?: DbClient } = {},
): Promise<StudentProgressReport[]> {
  const now = options.now ?? new Date();
  const reader = options.reader ?? db;
  if (!scope.userIds.length) return [];

  const [users, activity, onlySlug] = await Promise.all([
    reader.user.findMany({ where: { id: { in: scope.userIds }, status: { not: "DELETED" } }, select: { id: true, name: true, email: true } }),
    loadActivity(reader, scope.userIds, now),
    scope.courseId ? reader.course.findUnique({ where: { id: scope.courseId }, select: { slug: true } }).then((c) => c?.slug ?? null) : Promise.resolve(null),
  ]);
  const activityByUser = new Map(activity.map((a) => [a.user_id, a]));

  const reports = await mapLimited(users, CONCURRENCY, async (user): Promise<StudentProgressReport | null> => {
    let dashboard;
    try {
      dashboard = await computeStudentDashboard(user.id, now, reader);
    } catch (err) {
      if (err instanceof NotFoundError) return null; // erased while the report was being made
      throw err;
    }
    const courses = dashboard.courses.filter((c) => !scope.courseId || c.slug === onlySlug);
    const a = activityByUser.get(user.id);
    return {
      userId: user.id,
      name: user.name?.trim() || user.email,
      email: user.email,
      courses: await Promise.all(courses.map(reportCourse)),
      activity: {
        answered: a?.answered ?? 0,
        marked: a?.marked ?? 0,
        marksAwarded: a?.awarded ?? 0,
        maxMarks: a?.available ?? 0,
        accuracy: a?.available ? Math.round((a.awarded / a.available) * 1000) / 1000 : null,
      },
      flashcards: { dueToday: dashboard.cardsDueToday, reviewedLast30Days: a?.reviews ?? 0 },
    };
  });
  return reports.filter((r): r is StudentProgressReport => r !== null).sort((x, y) => x.name.localeCompare(y.name, "en") || x.email.localeCompare(y.email));
}

async function reportCourse(course: CourseDashboard): Promise<ReportCourse> {
  const detail = await getCourse(course.slug);
  return {
    name: course.name,
    level: course.level,
    targetGrade: course.targetGrade,
    topics: detail ? topLevelMastery(detail.topics, course.topics) : [],
    prediction: course.prediction,
    predictionNeeds: course.predictionNeeds,
    weakTopics: course.weakTopics.map(({ code, title, mastery, attempts }) => ({ code, title, mastery, attempts })),
  };
}

/** Answers and marks (attempts) and card reviews per student over the window: one statement for all students. */
async function loadActivity(reader: DbClient, userIds: string[], now: Date): Promise<ActivityRow[]> {
  const from = new Date(now.getTime() - REPORT_ACTIVITY_DAYS * DAY_MS);
  return rawReader(reader).$queryRaw<ActivityRow[]>(Prisma.sql`
    select u.id::text as user_id, s.answered, s.marked, s.awarded, s.available, r.reviews
    from unnest(${userIds}::uuid[]) as u(id)
    cross join lateral (
      select count(*)::int as answered,
        count(*) filter (where a.status = 'MARKED')::int as marked,
        coalesce(sum(a.marks_awarded) filter (where a.status = 'MARKED'), 0)::int as awarded,
        coalesce(sum(a.max_marks) filter (where a.status = 'MARKED'), 0)::int as available
      from attempts a
      where a.user_id = u.id and a.created_at >= ${from}::timestamp and a.created_at < ${now}::timestamp
    ) s
    cross join lateral (
      select count(*)::int as reviews from review_logs l
      where l.user_id = u.id and l.reviewed_at >= ${from}::timestamp and l.reviewed_at < ${now}::timestamp
    ) r`);
}

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
