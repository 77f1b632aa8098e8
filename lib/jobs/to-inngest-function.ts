import type { InngestFunction } from "inngest";
import type { AnyJobDefinition, AnyJobEvent, JobContext, JobStep } from "@/lib/jobs/job-definition";
import { isCronJob } from "@/lib/jobs/job-definition";
import { inngest } from "@/lib/jobs/inngest-client";
import { findRunningJobRun, finishJobRun, startJobRun } from "@/lib/jobs/job-runs";

type InngestEvent = { name: string; data?: unknown; id?: string };
type FailureArgs = { event: { data: { event: InngestEvent; run_id?: string } }; error: Error; runId: string };

function toJobEvent(event: InngestEvent, runId: string): AnyJobEvent {
  // Scheduled runs have no event of ours: they are "cron", keyed by the run.
  if (event.name.startsWith("inngest/")) return { name: "cron", data: {}, id: event.id ?? runId };
  return { name: event.name, data: event.data ?? {}, id: event.id ?? runId };
}

/** Runs once when Inngest gives up on a run: the job's own onFailure, then the job_runs row. */
export function inngestFailureHandler(definition: AnyJobDefinition) {
  return async ({ event, error, runId }: FailureArgs): Promise<void> => {
    const original = toJobEvent(event.data.event, event.data.run_id ?? runId);
    if (definition.onFailure) await (definition.onFailure as (c: { event: AnyJobEvent; error: Error }) => Promise<void>)({ event: original, error });
    const run = await findRunningJobRun(definition.id, original.id);
    if (run) await finishJobRun(run, { status: "FAILED", error }, definition.retries + 1);
  };
}

/**
 * The Inngest function for a job definition: the same `run` as inline mode, with Inngest's own steps,
 * retries, concurrency, idempotency and throttling. Inngest re-enters the handler once per step, so the
 * job-run row is looked up before it is created, and finished only when the handler returns.
 */
export function toInngestFunction(definition: AnyJobDefinition): InngestFunction.Any {
  const trigger = isCronJob(definition) ? { cron: definition.trigger.cron } : { event: definition.trigger.event };
  return inngest.createFunction(
    {
      id: definition.id,
      name: definition.name,
      triggers: [trigger],
      retries: definition.retries,
      // A copy: Inngest's type wants a mutable tuple.
      ...(definition.concurrency ? { concurrency: "limit" in definition.concurrency ? definition.concurrency : [...definition.concurrency] } : {}),
      ...(definition.idempotency ? { idempotency: definition.idempotency } : {}),
      ...(definition.throttle ? { throttle: definition.throttle } : {}),
      onFailure: inngestFailureHandler(definition),
    },
    async ({ event, step, attempt, runId }) => {
      const jobEvent = toJobEvent(event as InngestEvent, runId);
      const run =
        (await findRunningJobRun(definition.id, jobEvent.id)) ??
        (await startJobRun({ functionId: definition.id, eventName: jobEvent.name, eventId: jobEvent.id, mode: "INNGEST" }));
      const jobStep: JobStep = { run: <T>(name: string, fn: () => Promise<T>) => step.run(name, fn) as Promise<T> };
      const ctx = { event: jobEvent, step: jobStep, attempt: attempt + 1 } as JobContext<never>;
      const result = await (definition.run as (c: JobContext<never>) => Promise<unknown>)(ctx);
      await finishJobRun(run, { status: "SUCCEEDED" }, attempt + 1);
      return result;
    },
  );
}
