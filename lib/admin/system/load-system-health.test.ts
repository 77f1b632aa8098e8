import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import { loadJobActivity } from "@/lib/admin/system/load-job-activity";
import { loadSystemHealth } from "@/lib/admin/system/load-system-health";
import { createRequestStats } from "@/lib/traffic/request-stats";

describe("loadSystemHealth (the admin system page's loader)", () => {
  it("returns a row per route with percentiles and error rate, replicas and the last hour of jobs", async () => {
    const route = `/api/v1/system-test-${randomUUID()}`;
    const stats = createRequestStats({ redis });
    for (let i = 0; i < 19; i++) stats.recordRequest(route, "GET", 200, 8);
    stats.recordRequest(route, "GET", 500, 400);
    stats.recordRequest(`${route}/other`, "PATCH", 204, 30);
    await stats.flush();

    const health = await loadSystemHealth();
    const row = health.requests.routes.find((r) => r.route === `GET ${route}`);
    expect(row).toMatchObject({ requests: 20, errors: 1, errorRate: 0.05 });
    expect(row!.p50Ms).toBeGreaterThan(5);
    expect(row!.p50Ms).toBeLessThanOrEqual(10);
    expect(row!.p99Ms).toBeGreaterThan(300);
    expect(health.requests.routes.find((r) => r.route === `PATCH ${route}/other`)).toMatchObject({ requests: 1, errors: 0 });
    expect(health.requests.series).toHaveLength(60);
    expect(health.replicaLag).toHaveLength(60);
    // .env.test configures one streaming replica; the loader waits for the monitor's first check.
    expect(health.replicas).toEqual([expect.objectContaining({ name: "127.0.0.1:5433", lastCheckedAt: expect.any(String) })]);
    expect("health" in health.jobs && health.jobs.health.windowHours).toBe(1);
    expect("activity" in health.jobs && health.jobs.activity).toHaveLength(12);
  });

  it("still shows requests and replicas when the jobs figures cannot be loaded", async () => {
    const health = await loadSystemHealth({
      loadJobHealth: () => Promise.reject(new Error("Invalid `db.$queryRaw()` invocation:\n\nCan't reach database server at 127.0.0.1:5999")),
    });
    expect(health.jobs).toEqual({ error: "Can't reach database server at 127.0.0.1:5999" });
    expect(health.requests.series).toHaveLength(60);
  });
});

describe("loadJobActivity", () => {
  it("counts finished and failed runs per 5 minutes, oldest first, empty bins included", async () => {
    const functionId = `system-test-${randomUUID().slice(0, 8)}`;
    const finishedAt = new Date();
    await db.jobRun.createMany({
      data: [
        { functionId, mode: "INLINE", status: "FAILED", startedAt: finishedAt, finishedAt, durationMs: 5 },
        { functionId, mode: "INLINE", status: "SUCCEEDED", startedAt: finishedAt, finishedAt, durationMs: 5 },
        { functionId, mode: "INLINE", status: "RUNNING", startedAt: finishedAt },
      ],
    });
    const binStart = new Date(Math.floor(finishedAt.getTime() / 300_000) * 300_000).toISOString();
    // Read from the replica: wait until it has replayed the rows just written.
    let last: Awaited<ReturnType<typeof loadJobActivity>> = [];
    for (let i = 0; i < 50; i++) {
      last = await loadJobActivity({ now: finishedAt.getTime() });
      if ((last.at(-1)?.failed ?? 0) >= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toHaveLength(12);
    expect(last.at(-1)!.at).toBe(binStart);
    expect(last.at(-1)!.failed).toBeGreaterThanOrEqual(1);
    expect(last.at(-1)!.finished).toBeGreaterThanOrEqual(2);
    expect(last.at(-1)!.finished).toBeGreaterThan(last.at(-1)!.failed);
  });
});
