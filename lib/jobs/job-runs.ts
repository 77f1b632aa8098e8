import { db } from "@/lib/db/prisma";
import type { JobMode } from "@/lib/jobs/job-mode";
import { metrics } from "@/lib/observability/metrics";

// Every run is recorded in job_runs whatever the mode, so the admin system page can show backlog,
// failures and durations without asking Inngest. One row per run; `attempt` counts its attempts.

const MAX_ERROR_LENGTH = 2_000;

export type JobRunRef = { id: string; functionId: string; mode: JobMode; startedAt: Date };

export async function startJobRun(input: { functionId: string; eventName: string; eventId: string; mode: JobMode; requestId?: string }): Promise<JobRunRef> {
  const row = await db.$primary().jobRun.create({
    data: { functionId: input.functionId, eventName: input.eventName, eventId: input.eventId, mode: input.mode, requestId: input.requestId },
    select: { id: true, startedAt: true },
  });
  return { id: row.id, functionId: input.functionId, mode: input.mode, startedAt: row.startedAt };
}

/** The run that Inngest is retrying: the RUNNING row for this function and event, made by its first attempt. */
export async function findRunningJobRun(functionId: string, eventId: string): Promise<JobRunRef | null> {
  const row = await db.$primary().jobRun.findFirst({
    where: { functionId, eventId, status: "RUNNING" },
    orderBy: { startedAt: "desc" },
    select: { id: true, functionId: true, mode: true, startedAt: true },
  });
  return row;
}

export async function noteJobAttemptFailed(run: JobRunRef, attempt: number, error: unknown): Promise<void> {
  await db.$primary().jobRun.update({ where: { id: run.id }, data: { attempt, error: errorText(error) } });
  metrics.jobRuns.inc({ job: run.functionId, mode: run.mode.toLowerCase(), status: "retried" });
}

export async function finishJobRun(run: JobRunRef, outcome: { status: "SUCCEEDED" } | { status: "FAILED"; error: unknown }, attempt: number): Promise<void> {
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - run.startedAt.getTime();
  await db.$primary().jobRun.update({
    where: { id: run.id },
    data: { status: outcome.status, attempt, finishedAt, durationMs, error: outcome.status === "FAILED" ? errorText(outcome.error) : null },
  });
  const labels = { job: run.functionId, mode: run.mode.toLowerCase() };
  metrics.jobRuns.inc({ ...labels, status: outcome.status.toLowerCase() });
  metrics.jobDuration.observe(labels, durationMs / 1_000);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
