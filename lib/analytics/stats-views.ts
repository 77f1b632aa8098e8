/**
 * The materialized views behind the admin analytics (prisma/migrations/20261123003000_analytics_views),
 * in refresh order. Each has a unique index, so each can be refreshed CONCURRENTLY while being read.
 */
export const STATS_VIEWS = [
  "stats_signups_daily",
  "stats_active_daily",
  "stats_active_periods",
  "stats_attempts_daily",
  "stats_course_activity",
  "stats_topic_activity",
  "stats_question_success",
  "stats_content_coverage",
] as const;

export type StatsView = (typeof STATS_VIEWS)[number];
