import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { defineEventJob } from "@/lib/jobs/job-definition";
import { loadJobHealth } from "@/lib/jobs/job-health";
import { runInline } from "@/lib/jobs/inline-runner";

describe("loadJobHealth", () => {
  it("summarises runs per job with failures and durations", async () => {
    const id = `test-health-${randomUUID().slice(0, 8)}`;
    let n = 0;
    const job = defineEventJob({
      id,
      name: "health",
      trigger: { event: "stats/refresh.requested" },
      retries: 0,
      run: async () => {
        n += 1;
        if (n === 3) throw new Error("third time unlucky");
      },
    });
    for (let i = 0; i < 3; i += 1) await runInline(job, { name: "stats/refresh.requested", data: {}, id: randomUUID() });
    // A run that never finished long ago counts as stuck.
    await db.jobRun.create({ data: { functionId: id, mode: "INLINE", startedAt: new Date(Date.now() - 20 * 60_000) } });

    const health = await readUntil((h) => h.functions.some((f) => f.functionId === id && f.runs === 4));
    expect(health.functions.find((f) => f.functionId === id)).toMatchObject({ runs: 4, succeeded: 2, failed: 1, running: 1 });
    expect(health.functions.find((f) => f.functionId === id)?.p95Ms).toBeGreaterThanOrEqual(0);
    expect(health.recentFailures.find((f) => f.functionId === id)).toMatchObject({ error: "Error: third time unlucky", attempt: 1 });
    expect(health.backlog.stuckRuns).toBeGreaterThanOrEqual(1);
  });
});

// The page reads a replica: wait for it to catch up with what this test just wrote.
async function readUntil(ready: (h: Awaited<ReturnType<typeof loadJobHealth>>) => boolean) {
  for (let i = 0; i < 50; i += 1) {
    const health = await loadJobHealth();
    if (ready(health)) return health;
    await new Promise((r) => setTimeout(r, 100));
  }
  return loadJobHealth();
}
