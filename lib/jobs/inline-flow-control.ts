import { setTimeout as sleep } from "node:timers/promises";
import pLimit, { type LimitFunction } from "p-limit";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { AnyJobDefinition } from "@/lib/jobs/job-definition";
import { createLimiter } from "@/lib/rate-limit/limiters";

// Inline mode honours a job's `concurrency` and `throttle` as Inngest does, so a burst of events (one
// student submitting written answers as fast as they can) cannot turn into a burst of model calls.
// Keys (per-user limits) are Inngest expressions and apply in Inngest mode; inline, each limit is per job.
// Concurrency is per process (inline mode is one machine); the throttle's counts live in Redis.

const running = new Map<string, LimitFunction>();
const throttles = new Map<string, RateLimiterAbstract>();

const SECONDS = { s: 1, m: 60, h: 3_600 } as const;
function periodSeconds(period: string): number {
  const match = /^(\d+)([smh])$/.exec(period);
  if (!match) throw new Error(`unsupported throttle period ${period}`);
  return Number(match[1]) * SECONDS[match[2] as keyof typeof SECONDS];
}

async function waitForThrottle(definition: AnyJobDefinition): Promise<void> {
  const { throttle } = definition;
  if (!throttle) return;
  let limiter = throttles.get(definition.id);
  if (!limiter) {
    limiter = createLimiter({ keyPrefix: "jobs:throttle", points: throttle.limit, durationSeconds: periodSeconds(throttle.period) });
    throttles.set(definition.id, limiter);
  }
  for (;;) {
    try {
      await limiter.consume(definition.id);
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await sleep(Math.max(50, rejection.msBeforeNext));
    }
  }
}

/** Runs `work` once the job's concurrency and throttle allow it; runs beyond them wait their turn. */
export function withFlowControl<T>(definition: AnyJobDefinition, work: () => Promise<T>): Promise<T> {
  const limit = definition.concurrency?.limit;
  const go = async () => {
    await waitForThrottle(definition);
    return work();
  };
  if (!limit) return go();
  let gate = running.get(definition.id);
  if (!gate) running.set(definition.id, (gate = pLimit(limit)));
  return gate(go);
}
