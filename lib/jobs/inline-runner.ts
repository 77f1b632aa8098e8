import { setTimeout as sleep } from "node:timers/promises";
import { NonRetriableError } from "inngest";
import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import type { AnyJobDefinition, AnyJobEvent, JobContext, JobStep } from "@/lib/jobs/job-definition";
import { finishJobRun, noteJobAttemptFailed, startJobRun } from "@/lib/jobs/job-runs";
import { withFlowControl } from "@/lib/jobs/inline-flow-control";
import { logger } from "@/lib/observability/logger";

const log = logger.child({ module: "jobs", mode: "inline" });

/** Inngest keeps event ids for 24 h; inline mode deduplicates over the same window. */
const DEDUPE_SECONDS = 24 * 3_600;

export type InlineRunOptions = {
  /** First retry waits this long, then 4×, 16× … capped at a minute. */
  retryBaseMs?: number;
  requestId?: string;
};

export type InlineRunResult = { status: "succeeded"; result: unknown } | { status: "failed"; error: Error } | { status: "duplicate" };

const inFlight = new Set<Promise<unknown>>();

/** Resolves when every inline job started so far has finished (tests; graceful shutdown). */
export async function settleInlineJobs(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** Runs `fn` without delaying anything: tracked so it can be awaited, never rejecting. */
export function track(promise: Promise<unknown>): void {
  const tracked = promise.catch((err: unknown) => log.error({ err }, "inline job crashed"));
  inFlight.add(tracked);
  void tracked.finally(() => inFlight.delete(tracked));
}

/**
 * Runs a job in this process the way Inngest would: each event id runs once per job (a redelivered or
 * duplicated event is a no-op), failed attempts are retried with backoff, steps that completed are not
 * run again on a retry, and after the last attempt `onFailure` runs; `concurrency` and `throttle` make
 * runs wait their turn. Recorded in job_runs. Never throws.
 */
export async function runInline(definition: AnyJobDefinition, event: AnyJobEvent, options: InlineRunOptions = {}): Promise<InlineRunResult> {
  if (!(await claimEvent(definition.id, event.id))) {
    log.debug({ job: definition.id, eventId: event.id }, "duplicate event skipped");
    return { status: "duplicate" };
  }
  // Waits (not yet recorded as running) while the job's concurrency or throttle says so.
  return withFlowControl(definition, event, () => runClaimed(definition, event, options));
}

async function runClaimed(definition: AnyJobDefinition, event: AnyJobEvent, options: InlineRunOptions): Promise<InlineRunResult> {
  const run = await startJobRun({ functionId: definition.id, eventName: event.name, eventId: event.id, mode: "INLINE", requestId: options.requestId });
  const completedSteps = new Map<string, unknown>();
  const maxAttempts = definition.retries + 1;
  const retryBaseMs = options.retryBaseMs ?? 1_000;

  for (let attempt = 1; ; attempt += 1) {
    try {
      const ctx = { event, step: memoizedSteps(completedSteps), attempt } as JobContext<never>;
      const result = await (definition.run as (c: JobContext<never>) => Promise<unknown>)(ctx);
      await finishJobRun(run, { status: "SUCCEEDED" }, attempt);
      return { status: "succeeded", result };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const last = attempt >= maxAttempts || error instanceof NonRetriableError;
      if (!last) {
        log.warn({ job: definition.id, eventId: event.id, attempt, err: error.message }, "job attempt failed, will retry");
        await noteJobAttemptFailed(run, attempt, error);
        await sleep(Math.min(retryBaseMs * 4 ** (attempt - 1), 60_000));
        continue;
      }
      log.error({ job: definition.id, eventId: event.id, attempt, err: error }, "job failed");
      await runOnFailure(definition, event, error);
      await finishJobRun(run, { status: "FAILED", error }, attempt);
      return { status: "failed", error };
    }
  }
}

function memoizedSteps(completed: Map<string, unknown>): JobStep {
  // Like Inngest, a name used twice in one run is a second step ("name", "name:2").
  const seen = new Map<string, number>();
  return {
    async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const key = n === 1 ? name : `${name}:${n}`;
      if (!completed.has(key)) {
        // Inngest hands step results back as JSON; so does this, so a job behaves the same in both modes.
        const value = await fn();
        completed.set(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
      }
      return completed.get(key) as T;
    },
  };
}

async function runOnFailure(definition: AnyJobDefinition, event: AnyJobEvent, error: Error) {
  if (!definition.onFailure) return;
  try {
    await (definition.onFailure as (c: { event: typeof event; error: Error }) => Promise<void>)({ event, error });
  } catch (err) {
    log.error({ job: definition.id, eventId: event.id, err }, "job onFailure handler failed");
  }
}

/**
 * True for the first run of this job for this event id. Redis SET NX is atomic across instances; while
 * Redis is unavailable, job_runs is the record (a race there at worst runs an idempotent job twice).
 */
async function claimEvent(functionId: string, eventId: string): Promise<boolean> {
  if (isRedisUsable(redis)) {
    try {
      return (await redis.set(`jobs:event:${functionId}:${eventId}`, "1", "EX", DEDUPE_SECONDS, "NX")) === "OK";
    } catch (err) {
      log.warn({ err: (err as Error).message }, "job dedupe via Redis failed, using job_runs");
    }
  }
  const earlier = await db.$primary().jobRun.findFirst({
    where: { functionId, eventId, startedAt: { gte: new Date(Date.now() - DEDUPE_SECONDS * 1_000) } },
    select: { id: true },
  });
  return earlier === null;
}
