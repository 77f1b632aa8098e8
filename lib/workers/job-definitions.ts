import type { AnyJobDefinition } from "@/lib/jobs/job-definition";
import { isCronJob } from "@/lib/jobs/job-definition";
import { buildFile, deleteExpiredDownloads, requeueStalledFiles } from "@/lib/workers/build-file";
import { deliverEmails, deliverEmailsSweep } from "@/lib/workers/deliver-emails";
import { eraseDeletedAccounts } from "@/lib/workers/erase-deleted-accounts";
import { importContent } from "@/lib/workers/import-content";
import { studyReminders } from "@/lib/workers/send-study-reminders";
import { assignmentReminderSweep, assignmentReminders } from "@/lib/workers/assignment-reminders";
import { refreshStatsRequested, refreshStatsScheduled } from "@/lib/workers/refresh-stats";
import { submitExpiredMocks } from "@/lib/workers/submit-expired-mocks";
import { warmDashboardsAfterDeploy } from "@/lib/workers/warm-dashboards";
import { writeAiFeedback } from "@/lib/workers/write-ai-feedback";

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
  assignmentReminderSweep,
  assignmentReminders,
];

export const scheduledJobs = () => jobDefinitions.filter(isCronJob);
