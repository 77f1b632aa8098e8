import type { AppEvent, EventData, EventName } from "@/lib/jobs/events";

/**
 * The part of Inngest's step API our jobs use. In Inngest mode it is Inngest's own `step`; inline, a
 * stand-in with the same promise: a step that completed is not run again when the job is retried.
 */
export type JobStep = {
  run<T>(name: string, fn: () => Promise<T>): Promise<T>;
};

export type JobEvent<N extends EventName | "cron"> = N extends EventName
  ? AppEvent<N> & { id: string }
  : { name: "cron"; data: Record<string, never>; id: string };

export type JobContext<N extends EventName | "cron"> = {
  event: JobEvent<N>;
  step: JobStep;
  /** 1 on the first attempt. */
  attempt: number;
};

export type JobTrigger<N extends EventName | "cron"> = N extends EventName ? { event: N } : { cron: string };

/**
 * One background job, independent of where it runs. `run` composes idempotent domain functions from
 * lib/ as named steps; the options mirror Inngest's and are applied as such in Inngest mode (inline
 * mode honours `retries`, `idempotency` by event id, and `concurrency` and `throttle`, keyed by
 * `event.data.<field>` expressions; an unkeyed concurrency limit is per instance there).
 */
export type JobDefinition<N extends EventName | "cron" = EventName | "cron"> = {
  id: string;
  name: string;
  trigger: JobTrigger<N>;
  /** Retries after the first attempt. */
  retries: 0 | 1 | 2 | 3 | 4 | 5;
  /**
   * At most `limit` runs at once (per `key`, an Inngest expression over the event). Up to two limits,
   * as in Inngest: e.g. one for the job and one per user. Inline, the unkeyed one is per instance.
   */
  concurrency?: ConcurrencyLimit | readonly [ConcurrencyLimit, ConcurrencyLimit];
  /** Inngest expression whose value makes a second run within 24 h a no-op, e.g. "event.data.fileId". */
  idempotency?: string;
  /** Starts at most `limit` runs per `period` (the rest wait). */
  throttle?: { limit: number; period: `${number}${"s" | "m" | "h"}`; key?: string };
  run(ctx: JobContext<N>): Promise<unknown>;
  /** After the last retry failed: record the failure where the user will see it. */
  onFailure?(ctx: { event: JobEvent<N>; error: Error }): Promise<void>;
};

export type ConcurrencyLimit = { limit: number; key?: string };

/** An event as the runners see it, before the job narrows it. */
export type AnyJobEvent = { name: string; data: unknown; id: string };

export type AnyJobDefinition = JobDefinition<EventName> | JobDefinition<"cron">;

export function defineEventJob<N extends EventName>(definition: JobDefinition<N> & { trigger: { event: N } }): JobDefinition<N> {
  return definition;
}

export function defineCronJob(definition: JobDefinition<"cron"> & { trigger: { cron: string } }): JobDefinition<"cron"> {
  return definition;
}

export function isCronJob(definition: AnyJobDefinition): definition is JobDefinition<"cron"> {
  return "cron" in definition.trigger;
}

export type { EventData };

/** The job's concurrency limits as a list (none, one, or Inngest's maximum of two). */
export function concurrencyLimits(definition: Pick<AnyJobDefinition, "concurrency">): ConcurrencyLimit[] {
  const { concurrency } = definition;
  if (!concurrency) return [];
  return "limit" in concurrency ? [concurrency] : [...concurrency];
}
