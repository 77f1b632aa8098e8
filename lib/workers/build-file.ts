import { buildGeneratedFile, markGeneratedFileFailed } from "@/lib/workers/build-generated-file";
import { deleteExpiredFiles } from "@/lib/files/delete-expired-files";
import { requeuePendingFiles } from "@/lib/files/requeue-pending-files";
import { defineCronJob, defineEventJob } from "@/lib/jobs/job-definition";

const RETRIES = 3;

/** Progress-report PDFs and data-export zips: built once per file however often the event arrives. */
export const buildFile = defineEventJob({
  id: "build-file",
  name: "Build a report or export",
  trigger: { event: "file/requested" },
  retries: RETRIES,
  idempotency: "event.data.fileId",
  // Reports and exports are the heaviest reads: two at a time, twenty starts a minute per deployment.
  concurrency: { limit: 2 },
  throttle: { limit: 20, period: "1m" },
  run: async ({ event, step, attempt }) =>
    step.run("build-and-notify", () => buildGeneratedFile({ fileId: event.data.fileId }, { finalAttempt: attempt > RETRIES })),
  onFailure: async ({ event, error }) => markGeneratedFileFailed(event.data.fileId, error),
});

export const requeueStalledFiles = defineCronJob({
  id: "requeue-stalled-files",
  name: "Retry files left pending",
  trigger: { cron: "*/15 * * * *" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("requeue", () => requeuePendingFiles()),
});

export const deleteExpiredDownloads = defineCronJob({
  id: "delete-expired-files",
  name: "Delete expired downloads",
  trigger: { cron: "30 3 * * *" },
  retries: 2,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("delete-expired", () => deleteExpiredFiles()),
});
