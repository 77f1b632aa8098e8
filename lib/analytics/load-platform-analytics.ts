import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { LOW_SUCCESS_GAP, MIN_PUBLISHED_PER_TOPIC } from "@/lib/analytics/analytics-thresholds";
import type {
  ActivePeriod,
  CourseActivity,
  CoverageGaps,
  DailyStats,
  LowSuccessQuestion,
  PlatformAnalytics,
  TopicActivity,
} from "@/lib/analytics/platform-analytics-types";

const TOP_N = 10;
const LOW_SUCCESS_LIMIT = 20;
const GAP_TOPICS_LIMIT = 100;

const share = (awarded: number, max: number) => (max > 0 ? awarded / max : null);

type DailyRow = { day: string; signups: number; activeStudents: number; attempts: number; marksAwarded: number; maxMarks: number };
type PeriodRow = { grain: string; periodStart: string; activeStudents: number; partial: boolean };

/**
 * The analytics payload, uncached (getPlatformAnalytics caches it). Four raw queries on a replica
 * (`db.$replica()`: raw queries otherwise go to the primary), all over the small stats_* views that
 * refreshStats() keeps up to date, so this costs milliseconds even with millions of attempts.
 */
export async function loadPlatformAnalytics(days: number, lastRefreshAt: string | null = null): Promise<PlatformAnalytics> {
  const replica = db.$replica();
  const today = Prisma.sql`(now() AT TIME ZONE 'UTC')::date`;
  const windowStart = Prisma.sql`(${today} - ${days - 1}::int)`;

  const daily = replica.$queryRaw<DailyRow[]>`
    WITH "window" AS (SELECT ${today} - i AS "day" FROM generate_series(0, ${days - 1}::int) AS i)
    SELECT to_char(w."day", 'YYYY-MM-DD') AS "day",
           coalesce(s."signups", 0) AS "signups",
           coalesce(a."active_students", 0) AS "activeStudents",
           coalesce(t."attempts", 0) AS "attempts",
           coalesce(t."marks_awarded", 0) AS "marksAwarded",
           coalesce(t."max_marks", 0) AS "maxMarks"
    FROM "window" w
    LEFT JOIN "stats_signups_daily" s ON s."day" = w."day"
    LEFT JOIN "stats_active_daily" a ON a."day" = w."day"
    LEFT JOIN "stats_attempts_daily" t ON t."day" = w."day"
    ORDER BY w."day"`;

  // Weeks and months that overlap the window; the rolling 7 and 30 days whatever the window.
  const periods = replica.$queryRaw<PeriodRow[]>`
    SELECT "grain", to_char("period_start", 'YYYY-MM-DD') AS "periodStart", "active_students" AS "activeStudents",
           CASE "grain" WHEN 'week' THEN "period_start" + 6 >= ${today}
                        WHEN 'month' THEN ("period_start" + interval '1 month')::date > ${today}
                        ELSE false END AS "partial"
    FROM "stats_active_periods"
    WHERE "grain" IN ('last_7_days', 'last_30_days')
       OR ("grain" = 'week' AND "period_start" + 6 >= ${windowStart})
       OR ("grain" = 'month' AND ("period_start" + interval '1 month')::date > ${windowStart})
    ORDER BY "grain", "period_start"`;

  const rankings = replica.$queryRaw<[{ courses: CourseActivity[]; topics: TopicActivity[] }]>`
    SELECT
      (SELECT coalesce(json_agg(r ORDER BY r."attempts30d" DESC, r."name"), '[]') FROM (
         SELECT c."id" AS "courseId", c."slug", c."name", s."attempts_30d" AS "attempts30d", s."active_students_30d" AS "activeStudents30d",
                s."marks_awarded_30d"::float8 / nullif(s."max_marks_30d", 0) AS "marksShare30d"
         FROM "stats_course_activity" s JOIN "courses" c ON c."id" = s."course_id"
         ORDER BY s."attempts_30d" DESC, c."name" LIMIT ${TOP_N}) r) AS "courses",
      (SELECT coalesce(json_agg(r ORDER BY r."attempts30d" DESC, r."courseName", r."code"), '[]') FROM (
         SELECT t."id" AS "topicId", t."code", t."title", c."name" AS "courseName", s."attempts_30d" AS "attempts30d",
                s."active_students_30d" AS "activeStudents30d", s."marks_awarded_30d"::float8 / nullif(s."max_marks_30d", 0) AS "marksShare30d"
         FROM "stats_topic_activity" s JOIN "topics" t ON t."id" = s."topic_id" JOIN "courses" c ON c."id" = s."course_id"
         ORDER BY s."attempts_30d" DESC, c."name", t."code" LIMIT ${TOP_N}) r) AS "topics"`;

  const quality = replica.$queryRaw<[{ lowSuccess: LowSuccessQuestion[]; gapsByCourse: CoverageGaps["byCourse"]; gapTopics: CoverageGaps["topics"] }]>`
    WITH "leaves" AS (
      SELECT g.*, sum(g."published_questions") OVER (PARTITION BY g."course_id") AS "course_published"
      FROM "stats_content_coverage" g
    )
    SELECT
      (SELECT coalesce(json_agg(r ORDER BY r."courseMeanShare" - r."meanShare" DESC), '[]') FROM (
         SELECT s."question_id" AS "questionId", q."key", left(q."stem", 160) AS "stemPreview", q."status"::text AS "status",
                c."name" AS "courseName", t."code" AS "topicCode", t."title" AS "topicTitle",
                s."attempts", s."mean_share" AS "meanShare", s."course_mean_share" AS "courseMeanShare"
         FROM "stats_question_success" s
         JOIN "questions" q ON q."id" = s."question_id"
         JOIN "courses" c ON c."id" = s."course_id"
         JOIN "topics" t ON t."id" = s."topic_id"
         WHERE s."mean_share" <= s."course_mean_share" - ${LOW_SUCCESS_GAP}::float8
         ORDER BY s."course_mean_share" - s."mean_share" DESC LIMIT ${LOW_SUCCESS_LIMIT}) r) AS "lowSuccess",
      (SELECT coalesce(json_agg(r ORDER BY r."publishedQuestions" DESC, r."courseName"), '[]') FROM (
         SELECT c."id" AS "courseId", c."name" AS "courseName",
                count(*) FILTER (WHERE l."published_in_subtree" < ${MIN_PUBLISHED_PER_TOPIC}::int)::int AS "gapTopics",
                count(*)::int AS "leafTopics", max(l."course_published")::int AS "publishedQuestions"
         FROM "leaves" l JOIN "courses" c ON c."id" = l."course_id"
         WHERE l."is_leaf"
         GROUP BY c."id", c."name"
         HAVING count(*) FILTER (WHERE l."published_in_subtree" < ${MIN_PUBLISHED_PER_TOPIC}::int) > 0) r) AS "gapsByCourse",
      (SELECT coalesce(json_agg(r ORDER BY r."hasContent" DESC, r."courseName", r."sortOrder"), '[]') FROM (
         SELECT l."topic_id" AS "topicId", c."name" AS "courseName", t."code", t."title", t."sort_order" AS "sortOrder",
                l."published_in_subtree" AS "publishedQuestions", l."course_published" > 0 AS "hasContent"
         FROM "leaves" l JOIN "topics" t ON t."id" = l."topic_id" JOIN "courses" c ON c."id" = l."course_id"
         WHERE l."is_leaf" AND l."published_in_subtree" < ${MIN_PUBLISHED_PER_TOPIC}::int
         ORDER BY l."course_published" > 0 DESC, c."name", t."sort_order" LIMIT ${GAP_TOPICS_LIMIT}) r) AS "gapTopics"`;

  const [dailyRows, periodRows, [ranked], [content]] = await Promise.all([daily, periods, rankings, quality]);
  return shapeAnalytics({ days, lastRefreshAt, dailyRows, periodRows, ranked, content });
}

function shapeAnalytics(input: {
  days: number;
  lastRefreshAt: string | null;
  dailyRows: DailyRow[];
  periodRows: PeriodRow[];
  ranked: { courses: CourseActivity[]; topics: TopicActivity[] };
  content: { lowSuccess: LowSuccessQuestion[]; gapsByCourse: CoverageGaps["byCourse"]; gapTopics: CoverageGaps["topics"] };
}): PlatformAnalytics {
  const { days, lastRefreshAt, dailyRows, periodRows, ranked, content } = input;
  const daily: DailyStats[] = dailyRows.map((r) => ({
    day: r.day,
    signups: r.signups,
    activeStudents: r.activeStudents,
    attempts: r.attempts,
    marksShare: share(r.marksAwarded, r.maxMarks),
  }));
  const sum = (pick: (r: DailyRow) => number) => dailyRows.reduce((total, r) => total + pick(r), 0);
  const periodsOf = (grain: string): ActivePeriod[] =>
    periodRows.filter((p) => p.grain === grain).map((p) => ({ periodStart: p.periodStart, activeStudents: p.activeStudents, partial: p.partial }));
  const rolling = (grain: string) => periodRows.find((p) => p.grain === grain)?.activeStudents ?? 0;

  return {
    days,
    today: daily.at(-1)?.day ?? "",
    generatedAt: new Date().toISOString(),
    lastRefreshAt,
    daily,
    totals: {
      signups: sum((r) => r.signups),
      attempts: sum((r) => r.attempts),
      marksShare: share(
        sum((r) => r.marksAwarded),
        sum((r) => r.maxMarks),
      ),
      averageDailyActive: dailyRows.length ? Math.round(sum((r) => r.activeStudents) / dailyRows.length) : 0,
    },
    active: {
      today: daily.at(-1)?.activeStudents ?? 0,
      last7Days: rolling("last_7_days"),
      last30Days: rolling("last_30_days"),
      weekly: periodsOf("week"),
      monthly: periodsOf("month"),
    },
    topCourses: ranked.courses,
    topTopics: ranked.topics,
    lowSuccessQuestions: content.lowSuccess,
    coverageGaps: {
      totalGapTopics: content.gapsByCourse.reduce((total, c) => total + c.gapTopics, 0),
      byCourse: content.gapsByCourse,
      topics: content.gapTopics.map(({ topicId, courseName, code, title, publishedQuestions }) => ({ topicId, courseName, code, title, publishedQuestions })),
    },
  };
}
