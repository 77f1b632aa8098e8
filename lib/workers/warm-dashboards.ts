import { warmDashboards } from "@/lib/dashboard/warm-dashboards";
import { defineEventJob } from "@/lib/jobs/job-definition";

/** Sent once per deploy (event id = build id), so students' first dashboard after a release is a hit. */
export const warmDashboardsAfterDeploy = defineEventJob({
  id: "warm-dashboards",
  name: "Warm dashboard cache",
  trigger: { event: "dashboard/warm.requested" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ event, step }) =>
    step.run("warm-recently-active", () => warmDashboards({ hours: 24 * (event.data.activeWithinDays ?? 2), limit: 5_000, concurrency: 4 })),
});
