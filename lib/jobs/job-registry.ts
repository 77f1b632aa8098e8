import type { AnyJobDefinition } from "@/lib/jobs/job-definition";
import { isCronJob } from "@/lib/jobs/job-definition";
import { buildFile, deleteExpiredDownloads, requeueStalledFiles } from "@/lib/jobs/functions/build-file";
import { deliverEmails, deliverEmailsSweep } from "@/lib/jobs/functions/deliver-emails";
import { eraseDeletedAccounts } from "@/lib/jobs/functions/erase-deleted-accounts";
import { importContent } from "@/lib/jobs/functions/import-content";
import { studyReminders } from "@/lib/jobs/functions/send-study-reminders";
import { refreshStatsRequested, refreshStatsScheduled } from "@/lib/jobs/functions/refresh-stats";
import { submitExpiredMocks } from "@/lib/jobs/functions/submit-expired-mocks";
import { warmDashboardsAfterDeploy } from "@/lib/jobs/functions/warm-dashboards";
import { writeAiFeedback } from "@/lib/jobs/functions/write-ai-feedback";

/** Every background job. The Inngest endpoint serves these; inline mode runs them in-process. */
export const jobDefinitions: readonly AnyJobDefinition[] = [
  deliverEmails,
  deliverEmailsSweep,
  refreshStatsScheduled,
  refreshStatsRequested,
  warmDashboardsAfterDeploy,
  submitExpiredMocks,
  writeAiFeedback,
  buildFile,
  requeueStalledFiles,
  deleteExpiredDownloads,
  eraseDeletedAccounts,
  importContent,
  studyReminders,
];

export function jobsForEvent(name: string): AnyJobDefinition[] {
  return jobDefinitions.filter((d) => !isCronJob(d) && d.trigger.event === name);
}

export function scheduledJobs() {
  return jobDefinitions.filter(isCronJob);
}
