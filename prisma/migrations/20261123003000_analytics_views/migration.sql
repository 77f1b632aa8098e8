-- Admin analytics: platform-wide aggregates as materialized views (hand-written; Prisma ignores
-- materialized views, so `db:status` reports no drift and schema.prisma does not mention them).
--
-- Why materialized views: every figure below aggregates the whole attempts table (5M rows on the scale
-- seed, and attempts has no index on created_at: its indexes serve the per-user hot paths), which takes
-- seconds. The admin page must not run that per request, so the work happens once per refresh
-- (lib/analytics/refresh-stats.ts, every 5 minutes) and the page reads a few hundred small rows from a
-- replica (lib/analytics/platform-analytics.ts).
--
-- Conventions for every view:
--   * named stats_*, each with a UNIQUE index on plain columns covering all rows: that is what
--     REFRESH MATERIALIZED VIEW CONCURRENTLY needs, so readers are never blocked by a refresh;
--   * days are UTC days (timestamps are stored in UTC); windows are relative to the refresh time,
--     computed with now() AT TIME ZONE 'UTC' so the server's TimeZone setting cannot shift them;
--   * counts are cast to int and shares are double precision, so raw reads come back as JS numbers
--     rather than BigInt / Decimal;
--   * only days with activity have rows: readers fill the gaps.
--
-- Cost on the scale seed (220K students, 5M attempts, 2 cores): one sequential scan of attempts per
-- view, 11 s for the whole migration (each view 0.1-3 s). The DISTINCT counts sort in memory with a
-- larger work_mem instead of spilling to disk with the 4 MB default; SET LOCAL ends with this
-- migration's transaction, and the refresh job sets the same.
--
-- The views depend on columns of users, attempts, review_logs, questions, topics and courses: a later
-- migration that changes or drops one of those columns must drop the affected views first and create
-- them again (PostgreSQL refuses otherwise).
SET LOCAL work_mem = '64MB';

-- Sign-ups per day, last 365 days (every role: staff accounts are a handful).
CREATE MATERIALIZED VIEW "stats_signups_daily" AS
SELECT "created_at"::date AS "day",
       count(*)::int      AS "signups"
FROM "users"
WHERE "created_at" >= (now() AT TIME ZONE 'UTC')::date - 364
GROUP BY 1
WITH DATA;
CREATE UNIQUE INDEX "stats_signups_daily_day_key" ON "stats_signups_daily" ("day");

-- Daily active students, last 365 days: distinct users with an attempt or a flashcard review that day.
-- Distinct users cannot be summed across days, hence stats_active_periods for weeks and months.
CREATE MATERIALIZED VIEW "stats_active_daily" AS
SELECT "day", count(DISTINCT "user_id")::int AS "active_students"
FROM (
  SELECT "user_id", "created_at"::date AS "day" FROM "attempts"
  WHERE "created_at" >= (now() AT TIME ZONE 'UTC')::date - 364
  UNION ALL
  SELECT "user_id", "reviewed_at"::date FROM "review_logs"
  WHERE "reviewed_at" >= (now() AT TIME ZONE 'UTC')::date - 364
) AS "activity"
GROUP BY "day"
WITH DATA;
CREATE UNIQUE INDEX "stats_active_daily_day_key" ON "stats_active_daily" ("day");

-- Distinct active students per ISO week (Monday start) and per calendar month, plus the rolling
-- "last 7 days" (WAU) and "last 30 days" (MAU) counts. Distinct users cannot be summed from
-- stats_active_daily, and computing MAU per request would scan every attempt of the month (attempts has
-- no created_at index), so the view stores them.
--
-- How, in one scan without sorting 5M rows: each user's activity is folded into two bitmaps, bit i of
-- "weeks" = active in the i-th week since the start, bit i of "months" = active in the i-th month
-- (bit_or over a hash aggregate of ~220K users), plus the user's last active day. The counts per period
-- are then the number of users with that bit set. The straightforward GROUPING SETS with
-- count(DISTINCT user_id) gives the same rows but sorts all attempts four times (11 s vs 3 s here).
-- The scan starts at the earlier of the week and the month that contain "365 days ago" (at most 58
-- weeks and 14 months back, so the bits fit a bigint); periods starting before it are partial and are
-- dropped, so every week and month row counts a whole period.
-- grain: 'week' | 'month' | 'last_7_days' | 'last_30_days'; period_start = the first day of the period.
CREATE MATERIALIZED VIEW "stats_active_periods" AS
WITH "bounds" AS (
  SELECT "today", "since", date_trunc('week', "since")::date AS "first_week",
         -- month_of_day[i + 1] = index of the month of day "since + i" (array lookup per row is cheaper
         -- than extracting year and month from 5M dates)
         ARRAY(SELECT ((extract(year FROM d) - extract(year FROM "since")) * 12 + extract(month FROM d) - extract(month FROM "since"))::int
               FROM generate_series("since", "today", interval '1 day') AS d ORDER BY d) AS "month_of_day"
  FROM (SELECT (now() AT TIME ZONE 'UTC')::date AS "today",
               least(date_trunc('week', (now() AT TIME ZONE 'UTC')::date - 364),
                     date_trunc('month', (now() AT TIME ZONE 'UTC')::date - 364))::date AS "since") AS "d"
),
"activity" AS (
  SELECT "user_id", "created_at"::date - (SELECT "since" FROM "bounds") AS "day_index"
  FROM "attempts" WHERE "created_at" >= (SELECT "since" FROM "bounds")
  UNION ALL
  SELECT "user_id", "reviewed_at"::date - (SELECT "since" FROM "bounds")
  FROM "review_logs" WHERE "reviewed_at" >= (SELECT "since" FROM "bounds")
),
"per_user" AS (
  SELECT bit_or(1::int8 << ((a."day_index" + (b."since" - b."first_week")) / 7)) AS "weeks",
         bit_or(1::int8 << b."month_of_day"[a."day_index" + 1]) AS "months",
         b."since" + max(a."day_index") AS "last_active"
  FROM "activity" a, "bounds" b
  GROUP BY a."user_id", b."since"
)
SELECT 'week' AS "grain", b."first_week" + 7 * i AS "period_start", count(*)::int AS "active_students"
FROM "per_user" u, "bounds" b, generate_series(0, 62) AS i
WHERE u."weeks" & (1::int8 << i) <> 0 AND b."first_week" + 7 * i >= b."since"
GROUP BY 2
UNION ALL
SELECT 'month', (date_trunc('month', b."since") + make_interval(months => i))::date, count(*)::int
FROM "per_user" u, "bounds" b, generate_series(0, 13) AS i
WHERE u."months" & (1::int8 << i) <> 0 AND date_trunc('month', b."since") + make_interval(months => i) >= b."since"
GROUP BY 2
UNION ALL
-- A user was active in the last N days exactly when their last active day is within them.
SELECT 'last_7_days', b."today" - 6, count(*) FILTER (WHERE u."last_active" >= b."today" - 6)::int
FROM "per_user" u, "bounds" b
GROUP BY 2
UNION ALL
SELECT 'last_30_days', b."today" - 29, count(*) FILTER (WHERE u."last_active" >= b."today" - 29)::int
FROM "per_user" u, "bounds" b
GROUP BY 2
WITH DATA;
CREATE UNIQUE INDEX "stats_active_periods_grain_period_start_key" ON "stats_active_periods" ("grain", "period_start");

-- Attempts per day, last 365 days, with the marks share of the marked ones. Sums (not a ratio) are
-- kept so that a reader can compute the share of any window correctly.
CREATE MATERIALIZED VIEW "stats_attempts_daily" AS
SELECT "created_at"::date AS "day",
       count(*)::int AS "attempts",
       count(*) FILTER (WHERE "status" = 'MARKED')::int AS "marked_attempts",
       coalesce(sum("marks_awarded") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "marks_awarded",
       coalesce(sum("max_marks") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "max_marks"
FROM "attempts"
WHERE "created_at" >= (now() AT TIME ZONE 'UTC')::date - 364
GROUP BY 1
WITH DATA;
CREATE UNIQUE INDEX "stats_attempts_daily_day_key" ON "stats_attempts_daily" ("day");

-- Per course, over the last 30 days: attempts and distinct active students (the "most practised"
-- ranking) and the marks of the marked attempts. A fixed window: distinct students cannot be summed
-- over days, and the filter keeps the DISTINCT sort to a month of attempts.
CREATE MATERIALIZED VIEW "stats_course_activity" AS
SELECT "course_id",
       count(*)::int AS "attempts_30d",
       count(DISTINCT "user_id")::int AS "active_students_30d",
       coalesce(sum("marks_awarded") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "marks_awarded_30d",
       coalesce(sum("max_marks") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "max_marks_30d"
FROM "attempts"
WHERE "created_at" >= (now() AT TIME ZONE 'UTC')::date - 29
GROUP BY "course_id"
WITH DATA;
CREATE UNIQUE INDEX "stats_course_activity_course_id_key" ON "stats_course_activity" ("course_id");

-- Per topic, the same figures. attempts.topic_id is the question's own topic (usually a leaf), so a
-- parent topic's activity is that of its subtopics, not repeated here. The course comes from topics
-- (aggregating by topic alone keeps one row per topic whatever the attempts copied).
CREATE MATERIALIZED VIEW "stats_topic_activity" AS
SELECT a."topic_id", t."course_id", a."attempts_30d", a."active_students_30d", a."marks_awarded_30d", a."max_marks_30d"
FROM (
  SELECT "topic_id",
         count(*)::int AS "attempts_30d",
         count(DISTINCT "user_id")::int AS "active_students_30d",
         coalesce(sum("marks_awarded") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "marks_awarded_30d",
         coalesce(sum("max_marks") FILTER (WHERE "status" = 'MARKED'), 0)::int AS "max_marks_30d"
  FROM "attempts"
  WHERE "created_at" >= (now() AT TIME ZONE 'UTC')::date - 29
  GROUP BY "topic_id"
) AS a
JOIN "topics" t ON t."id" = a."topic_id"
WITH DATA;
CREATE UNIQUE INDEX "stats_topic_activity_topic_id_key" ON "stats_topic_activity" ("topic_id");

-- Question success over all marked attempts: mean score share (mean of marks_awarded / max_marks per
-- attempt) beside its course's mean over every marked attempt in the course. Only questions with at
-- least 20 marked attempts are kept: below that a low mean is noise, not a faulty question. "Unusually
-- low success" (a question far below its course mean: wrong answer key, ambiguous stem, missing data)
-- is decided by the reader, so the threshold can change without a migration.
CREATE MATERIALIZED VIEW "stats_question_success" AS
WITH "per_question" AS (
  -- By question only: attempts copy the question's topic when answered, and a question may have moved.
  SELECT "question_id",
         count(*)::int AS "attempts",
         sum("marks_awarded"::float8 / nullif("max_marks", 0)) AS "share_sum"
  FROM "attempts"
  WHERE "status" = 'MARKED'
  GROUP BY "question_id"
),
"with_course" AS (
  SELECT p.*, q."course_id", q."topic_id",
         sum(p."share_sum") OVER (PARTITION BY q."course_id") / sum(p."attempts") OVER (PARTITION BY q."course_id") AS "course_mean_share"
  FROM "per_question" p JOIN "questions" q ON q."id" = p."question_id"
)
SELECT "question_id", "course_id", "topic_id", "attempts",
       coalesce("share_sum", 0) / "attempts" AS "mean_share",
       coalesce("course_mean_share", 0) AS "course_mean_share"
FROM "with_course"
WHERE "attempts" >= 20
WITH DATA;
CREATE UNIQUE INDEX "stats_question_success_question_id_key" ON "stats_question_success" ("question_id");

-- Content coverage per live topic (topic and course not archived): published questions attached to
-- the topic itself and to its whole subtree, and whether it is a leaf. Coverage gaps are judged on
-- leaves, since a parent's questions normally sit on its subtopics.
CREATE MATERIALIZED VIEW "stats_content_coverage" AS
WITH RECURSIVE "live_topics" AS (
  SELECT t."id", t."parent_id", t."course_id"
  FROM "topics" t JOIN "courses" c ON c."id" = t."course_id"
  WHERE t."archived_at" IS NULL AND c."archived_at" IS NULL
),
"direct" AS (
  SELECT "topic_id", count(*)::int AS "published"
  FROM "questions" WHERE "status" = 'PUBLISHED'
  GROUP BY "topic_id"
),
-- Every topic paired with itself and each of its descendants (the trees are a few levels deep).
"subtree" ("root_id", "topic_id") AS (
  SELECT "id", "id" FROM "live_topics"
  UNION ALL
  SELECT s."root_id", t."id" FROM "subtree" s JOIN "live_topics" t ON t."parent_id" = s."topic_id"
),
"subtree_counts" AS (
  SELECT s."root_id", coalesce(sum(d."published"), 0)::int AS "published", (count(*) = 1) AS "is_leaf"
  FROM "subtree" s LEFT JOIN "direct" d ON d."topic_id" = s."topic_id"
  GROUP BY s."root_id"
)
SELECT t."id" AS "topic_id",
       t."course_id",
       coalesce(d."published", 0) AS "published_questions",
       sc."published" AS "published_in_subtree",
       sc."is_leaf"
FROM "live_topics" t
JOIN "subtree_counts" sc ON sc."root_id" = t."id"
LEFT JOIN "direct" d ON d."topic_id" = t."id"
WITH DATA;
CREATE UNIQUE INDEX "stats_content_coverage_topic_id_key" ON "stats_content_coverage" ("topic_id");
