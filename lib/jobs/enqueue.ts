import { randomUUID } from "node:crypto";
import { after } from "next/server";
import { eventSchemas, type AppEvent, type EventName } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import { jobMode } from "@/lib/jobs/job-mode";
import { jobsForEvent } from "@/lib/jobs/job-registry";
import { runInline, track } from "@/lib/jobs/inline-runner";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { currentRequestId } from "@/lib/observability/request-context";

const log = logger.child({ module: "jobs" });

/**
 * Hands an event to the job system: to Inngest when it is configured, else to the jobs subscribed to it,
 * run in this process after the response (or at once outside a request). Throws only when the payload
 * does not match the event's schema (a bug in the caller). A failure to reach Inngest is logged,
 * counted and returned as `false`, not thrown: every job's work is kept in a table (outbox, files,
 * imports) that a scheduled sweep or the user can pick up again, so a request is never failed by the
 * job system unless the caller decides so.
 */
export async function enqueue<N extends EventName>(event: AppEvent<N>, options: { requestId?: string } = {}): Promise<boolean> {
  const data = eventSchemas[event.name].parse(event.data);
  const id = event.id ?? randomUUID();

  if (jobMode() === "INNGEST") {
    try {
      await inngest.send({ name: event.name, data, id });
    } catch (err) {
      metrics.jobEnqueueFailures.inc({ event: event.name });
      log.error({ err, event: event.name, eventId: id }, "could not send event to Inngest");
      return false;
    }
    return true;
  }

  for (const definition of await jobsForEvent(event.name)) {
    // The request that started the job is named in job_runs and in the job's log lines.
    const requestId = options.requestId ?? currentRequestId();
    runAfterResponse(() => runInline(definition, { name: event.name, data, id }, { requestId }));
  }
  return true;
}

function runAfterResponse(work: () => Promise<unknown>) {
  try {
    // Inside a request: after the response is sent; the platform keeps the function alive for it.
    after(() => {
      const promise = work();
      track(promise);
      return promise;
    });
  } catch {
    // Outside a request (scheduler, scripts, tests): now, without waiting.
    track(work());
  }
}
