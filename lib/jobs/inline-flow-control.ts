import { setTimeout as sleep } from "node:timers/promises";
import pLimit, { type LimitFunction } from "p-limit";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { concurrencyLimits, type AnyJobDefinition, type AnyJobEvent, type ConcurrencyLimit } from "@/lib/jobs/job-definition";
import { keyOf } from "@/lib/jobs/job-key";
import { createLimiter } from "@/lib/rate-limit/limiters";

// Inline mode honours a job's `concurrency` and `throttle` as Inngest does, so a burst of events (one
// student submitting a whole mock paper of written answers) cannot turn into a burst of model calls.
// Concurrency is counted in this process: an unkeyed limit is per instance, a keyed one (e.g.
// "event.data.userId") per key on this instance. The throttle's counts live in Redis, per key.

/** Gates by job id and key value. A keyed gate is dropped once idle, so a gate per student does not pile up. */
const gates = new Map<string, LimitFunction>();
const throttles = new Map<string, RateLimiterAbstract>();

const SECONDS = { s: 1, m: 60, h: 3_600 } as const;
function periodSeconds(period: string): number {
  const match = /^(\d+)([smh])$/.exec(period);
  if (!match) throw new Error(`unsupported throttle period ${period}`);
  return Number(match[1]) * SECONDS[match[2] as keyof typeof SECONDS];
}

async function waitForThrottle(definition: AnyJobDefinition, event: AnyJobEvent): Promise<void> {
  const { throttle } = definition;
  if (!throttle) return;
  let limiter = throttles.get(definition.id);
  if (!limiter) {
    limiter = createLimiter({ keyPrefix: "jobs:throttle", points: throttle.limit, durationSeconds: periodSeconds(throttle.period) });
    throttles.set(definition.id, limiter);
  }
  const key = throttle.key ? `${definition.id}:${keyOf(throttle.key, event)}` : definition.id;
  for (;;) {
    try {
      await limiter.consume(key);
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await sleep(Math.max(50, rejection.msBeforeNext));
    }
  }
}

/** Runs `work` inside one concurrency limit's gate for this event. */
function gated<T>(definition: AnyJobDefinition, limit: ConcurrencyLimit, event: AnyJobEvent, work: () => Promise<T>): Promise<T> {
  const name = limit.key ? `${definition.id}\u0000${limit.key}\u0000${keyOf(limit.key, event)}` : definition.id;
  let gate = gates.get(name);
  if (!gate) gates.set(name, (gate = pLimit(limit.limit)));
  const held = gate;
  return held(work).finally(() => {
    if (limit.key && held.activeCount === 0 && held.pendingCount === 0 && gates.get(name) === held) gates.delete(name);
  });
}

/**
 * Runs `work` once the job's concurrency limits and throttle allow it; runs beyond them wait their turn.
 * Keyed limits are entered first: a run waiting on its own student's limit must not hold one of the
 * instance's slots meanwhile, or one student's burst would stall everyone else's feedback.
 */
export function withFlowControl<T>(definition: AnyJobDefinition, event: AnyJobEvent, work: () => Promise<T>): Promise<T> {
  const limits = concurrencyLimits(definition).sort((a, b) => Number(Boolean(b.key)) - Number(Boolean(a.key)));
  const innermost = async () => {
    await waitForThrottle(definition, event);
    return work();
  };
  return limits.reduceRight<() => Promise<T>>((inner, limit) => () => gated(definition, limit, event, inner), innermost)();
}
