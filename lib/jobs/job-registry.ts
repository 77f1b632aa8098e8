import type { AnyJobDefinition } from "@/lib/jobs/job-definition";
import { isCronJob } from "@/lib/jobs/job-definition";

// The job definitions import the domain modules that enqueue their events, so lib/jobs cannot import them
// without a cycle: each entry point registers a loader at start-up (instrumentation.ts through
// lib/workers/start-jobs.ts, vitest.setup.ts) and inline mode looks the jobs up here. The loader lives on
// globalThis because Next compiles the instrumentation hook and the routes as separate bundles.
type JobLoader = () => Promise<readonly AnyJobDefinition[]>;
const SLOT = Symbol.for("ib-revise.job-loader");
const global = globalThis as typeof globalThis & { [SLOT]?: JobLoader };

export function registerJobs(load: JobLoader): void {
  let loaded: Promise<readonly AnyJobDefinition[]> | undefined;
  global[SLOT] = () => (loaded ??= load());
}

/** The event-triggered jobs for an event; throws when no entry point registered the jobs (a missed event would be silent otherwise). */
export async function jobsForEvent(name: string): Promise<AnyJobDefinition[]> {
  const load = global[SLOT];
  if (!load) throw new Error(`no jobs registered to run "${name}" inline: call registerJobs() at start-up`);
  return (await load()).filter((d) => !isCronJob(d) && d.trigger.event === name);
}
