import { Cron } from "croner";
import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import type { JobDefinition } from "@/lib/jobs/job-definition";
import { runInline, settleInlineJobs } from "@/lib/jobs/inline-runner";
import { logger } from "@/lib/observability/logger";

const log = logger.child({ module: "jobs", mode: "inline" });

type Scheduler = { jobs: { id: string; nextRun: Date | null }[]; stop(): Promise<void> };
const globalForScheduler = globalThis as unknown as { ibReviseScheduler?: Scheduler };

/**
 * Runs the cron jobs in this process (inline mode). Every instance may run a scheduler: each tick is
 * claimed in Redis (SET NX on job id + scheduled minute), so a tick runs on exactly one instance. With
 * Redis down, ticks are skipped rather than run everywhere at once.
 */
export function startScheduler(scheduledJobs: readonly JobDefinition<"cron">[]): Scheduler {
  if (globalForScheduler.ibReviseScheduler) return globalForScheduler.ibReviseScheduler;
  const crons = scheduledJobs.map(
    (definition) =>
      new Cron(definition.trigger.cron, { timezone: "UTC", protect: true, catch: true, name: definition.id }, async (self: Cron) => {
        await runScheduledTick(definition, self.currentRun() ?? new Date());
      }),
  );
  log.info({ jobs: crons.map((c) => c.name) }, "in-process job scheduler started");
  const scheduler: Scheduler = {
    jobs: crons.map((c) => ({ id: c.name ?? "", nextRun: c.nextRun() })),
    async stop() {
      for (const c of crons) c.stop();
      await settleInlineJobs();
      globalForScheduler.ibReviseScheduler = undefined;
    },
  };
  globalForScheduler.ibReviseScheduler = scheduler;
  return scheduler;
}

/** One scheduled run of a cron job, on whichever instance claims the minute first. */
export async function runScheduledTick(definition: JobDefinition<"cron">, scheduledAt: Date): Promise<"ran" | "claimed-elsewhere"> {
  const tick = scheduledAt.toISOString().slice(0, 16);
  if (!(await claimTick(definition.id, tick))) return "claimed-elsewhere";
  await runInline(definition, { name: "cron", data: {}, id: `cron:${definition.id}:${tick}` });
  return "ran";
}

async function claimTick(jobId: string, tick: string): Promise<boolean> {
  if (!isRedisUsable(redis)) return false;
  try {
    return (await redis.set(`jobs:tick:${jobId}:${tick}`, "1", "EX", 3_600, "NX")) === "OK";
  } catch {
    return false;
  }
}
