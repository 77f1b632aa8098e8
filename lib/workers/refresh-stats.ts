import { refreshStats } from "@/lib/analytics/refresh-stats";
import { defineCronJob, defineEventJob } from "@/lib/jobs/job-definition";

// refreshStats holds a Redis lock, so a scheduled and a requested refresh never overlap.

export const refreshStatsScheduled = defineCronJob({
  id: "refresh-stats",
  name: "Refresh analytics views",
  trigger: { cron: "*/5 * * * *" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("refresh-views", () => refreshStats()),
});

export const refreshStatsRequested = defineEventJob({
  id: "refresh-stats-requested",
  name: "Refresh analytics views (requested)",
  trigger: { event: "stats/refresh.requested" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("refresh-views", () => refreshStats()),
});
