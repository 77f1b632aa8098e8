import { randomUUID } from "node:crypto";
import { NonRetriableError } from "inngest";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { defineEventJob } from "@/lib/jobs/job-definition";
import { runInline, settleInlineJobs, track } from "@/lib/jobs/inline-runner";

// Test jobs are defined here, not registered: the runner is exercised on its own, against the real
// job_runs table and Redis (event dedupe).

const jobId = (name: string) => `test-${name}-${randomUUID().slice(0, 8)}`;
const event = (id = randomUUID()) => ({ name: "stats/refresh.requested", data: {}, id });
const runsOf = (functionId: string) => db.$primary().jobRun.findMany({ where: { functionId }, orderBy: { startedAt: "asc" } });

describe("runInline", () => {
  it("honours the job's concurrency and throttle: a burst of 8 runs 2 at a time and 3 per 2 s", async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const job = defineEventJob({
      id: jobId("flow"),
      name: "flow",
      trigger: { event: "stats/refresh.requested" },
      retries: 0,
      concurrency: { limit: 2 },
      throttle: { limit: 3, period: "2s" },
      run: async () => {
        started.push(Date.now());
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 50));
        running--;
      },
    });
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 8 }, () => runInline(job, event())));
    expect(results.every((r) => r.status === "succeeded")).toBe(true);
    expect(peak).toBeLessThanOrEqual(2);
    // 8 runs at 3 per window need three windows: the last cannot start before the second window ends.
    expect(started.filter((t) => t - t0 < 1_900)).toHaveLength(3);
    expect(Math.max(...started) - t0).toBeGreaterThanOrEqual(3_900);
  });

  it("runs the steps once and records a succeeded run", async () => {
    const calls: string[] = [];
    const job = defineEventJob({
      id: jobId("ok"),
      name: "ok",
      trigger: { event: "stats/refresh.requested" },
      retries: 2,
      run: async ({ step }) => {
        const a = await step.run("first", async () => (calls.push("first"), 1));
        const b = await step.run("second", async () => (calls.push("second"), 2));
        return a + b;
      },
    });
    const result = await runInline(job, event());
    expect(result).toEqual({ status: "succeeded", result: 3 });
    expect(calls).toEqual(["first", "second"]);
    const [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: "SUCCEEDED", mode: "INLINE", attempt: 1, eventName: "stats/refresh.requested", error: null });
    expect(run?.durationMs).toBeGreaterThanOrEqual(0);
    expect(run?.finishedAt).not.toBeNull();
  });

  it("retries a failed attempt without re-running the steps that completed", async () => {
    const calls: string[] = [];
    let flakyFailures = 2;
    const job = defineEventJob({
      id: jobId("flaky"),
      name: "flaky",
      trigger: { event: "stats/refresh.requested" },
      retries: 3,
      run: async ({ step, attempt }) => {
        await step.run("stable", async () => calls.push(`stable@${attempt}`));
        return step.run("flaky", async () => {
          calls.push(`flaky@${attempt}`);
          if (flakyFailures-- > 0) throw new Error("temporary outage");
          return "done";
        });
      },
    });
    const result = await runInline(job, event(), { retryBaseMs: 1 });
    expect(result).toEqual({ status: "succeeded", result: "done" });
    expect(calls).toEqual(["stable@1", "flaky@1", "flaky@2", "flaky@3"]);
    const [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: "SUCCEEDED", attempt: 3 });
  });

  it("gives up after the last retry, runs onFailure once and records the error", async () => {
    const failures: string[] = [];
    let attempts = 0;
    const job = defineEventJob({
      id: jobId("broken"),
      name: "broken",
      trigger: { event: "stats/refresh.requested" },
      retries: 2,
      run: async () => {
        attempts += 1;
        throw new Error(`boom ${attempts}`);
      },
      onFailure: async ({ event: e, error }) => void failures.push(`${e.id}:${error.message}`),
    });
    const ev = event();
    const result = await runInline(job, ev, { retryBaseMs: 1 });
    expect(result.status).toBe("failed");
    expect(attempts).toBe(3);
    expect(failures).toEqual([`${ev.id}:boom 3`]);
    const [run] = await runsOf(job.id);
    expect(run).toMatchObject({ status: "FAILED", attempt: 3, error: "Error: boom 3" });
  });

  it("does not retry a NonRetriableError", async () => {
    let attempts = 0;
    const job = defineEventJob({
      id: jobId("fatal"),
      name: "fatal",
      trigger: { event: "stats/refresh.requested" },
      retries: 3,
      run: async () => {
        attempts += 1;
        throw new NonRetriableError("bad input");
      },
    });
    expect((await runInline(job, event(), { retryBaseMs: 1 })).status).toBe("failed");
    expect(attempts).toBe(1);
  });

  it("runs a job once for an event id delivered five times, even concurrently", async () => {
    let runs = 0;
    const job = defineEventJob({
      id: jobId("dedupe"),
      name: "dedupe",
      trigger: { event: "stats/refresh.requested" },
      retries: 0,
      run: async ({ step }) => step.run("count", async () => ++runs),
    });
    const ev = event();
    const results = await Promise.all(Array.from({ length: 5 }, () => runInline(job, ev)));
    expect(results.filter((r) => r.status === "succeeded")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(4);
    expect(runs).toBe(1);
    expect(await runsOf(job.id)).toHaveLength(1);
    // A different event id is a different run.
    await runInline(job, event());
    expect(runs).toBe(2);
  });

  it("hands step results back as JSON, as Inngest does", async () => {
    const job = defineEventJob({
      id: jobId("json"),
      name: "json",
      trigger: { event: "stats/refresh.requested" },
      retries: 0,
      run: async ({ step }) => step.run("date", async () => ({ at: new Date("2026-01-02T03:04:05.000Z") })),
    });
    expect(await runInline(job, event())).toEqual({ status: "succeeded", result: { at: "2026-01-02T03:04:05.000Z" } });
  });
});

describe("settleInlineJobs", () => {
  it("waits for tracked work, and a crash in it never escapes", async () => {
    let finished = false;
    track(new Promise((resolve) => setTimeout(() => resolve((finished = true)), 20)));
    track(Promise.reject(new Error("crash")));
    await settleInlineJobs();
    expect(finished).toBe(true);
  });
});
