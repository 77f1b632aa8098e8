import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defineCronJob } from "@/lib/jobs/job-definition";
import { scheduledJobs } from "@/lib/workers/job-definitions";
import { runScheduledTick, startScheduler } from "@/lib/jobs/scheduler";

describe("in-process scheduler", () => {
  it("runs a tick once however many instances fire it", async () => {
    let runs = 0;
    const job = defineCronJob({
      id: `test-cron-${randomUUID().slice(0, 8)}`,
      name: "test",
      trigger: { cron: "* * * * *" },
      retries: 0,
      run: async () => void (runs += 1),
    });
    const minute = new Date("2026-11-23T10:15:00.000Z");
    const outcomes = await Promise.all([1, 2, 3].map(() => runScheduledTick(job, minute)));
    expect(outcomes.filter((o) => o === "ran")).toHaveLength(1);
    expect(runs).toBe(1);
    // The next minute is a new tick.
    expect(await runScheduledTick(job, new Date("2026-11-23T10:16:00.000Z"))).toBe("ran");
    expect(runs).toBe(2);
  });

  it("schedules every cron job and stops cleanly", async () => {
    const scheduler = startScheduler(scheduledJobs());
    expect(scheduler.jobs.map((j) => j.id).sort()).toEqual(
      scheduledJobs()
        .map((d) => d.id)
        .sort(),
    );
    for (const job of scheduler.jobs) expect(job.nextRun?.getTime()).toBeGreaterThan(Date.now());
    await scheduler.stop();
  });
});
