import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { defineEventJob } from "@/lib/jobs/job-definition";
import { inngestFunctions } from "@/lib/workers/inngest-functions";
import { jobDefinitions } from "@/lib/workers/job-definitions";
import { inngestFailureHandler, toInngestFunction } from "@/lib/jobs/to-inngest-function";

// The Inngest wiring, run by Inngest's own test engine (which executes the real SDK's step machinery).
// @inngest/test does not model retries or call onFailure itself: a retry is modelled as a second
// execution with the completed step's state, and the failure handler is invoked with the payload
// Inngest sends ("inngest/function.failed").

const calls: string[] = [];
const job = defineEventJob({
  id: `test-inngest-${randomUUID().slice(0, 8)}`,
  name: "test",
  trigger: { event: "file/requested" },
  retries: 3,
  concurrency: { limit: 2 },
  idempotency: "event.data.fileId",
  throttle: { limit: 10, period: "1m" },
  run: async ({ event, step }) => {
    const loaded = await step.run("load", async () => (calls.push("load"), { fileId: event.data.fileId }));
    return step.run("build", async () => (calls.push("build"), `built ${loaded.fileId}`));
  },
  onFailure: async ({ event, error }) => void calls.push(`failed ${event.id} ${error.message}`),
});
const fn = toInngestFunction(job);

describe("toInngestFunction", () => {
  it("carries the job's id, trigger, retries, concurrency, idempotency and throttle into the Inngest config", () => {
    const [config = {}, failure] = fn["getConfig"]({ baseUrl: new URL("http://127.0.0.1:3000/api/inngest"), appPrefix: "ib-revise" }) as Record<
      string,
      unknown
    >[];
    expect(config).toMatchObject({
      id: `ib-revise-${job.id}`,
      triggers: [{ event: "file/requested" }],
      concurrency: { limit: 2 },
      idempotency: "event.data.fileId",
      throttle: { limit: 10, period: "1m" },
    });
    expect(config.steps).toMatchObject({ step: { retries: { attempts: 3 } } });
    // onFailure is registered with Inngest as a second function listening for this one's failures.
    expect(failure).toMatchObject({ triggers: [{ event: "inngest/function.failed", expression: `event.data.function_id == 'ib-revise-${job.id}'` }] });
  });

  it("runs the job's steps and records the run", async () => {
    calls.length = 0;
    const fileId = randomUUID();
    const eventId = randomUUID();
    const t = new InngestTestEngine({ function: fn, events: [{ name: "file/requested", data: { fileId }, id: eventId }] });
    const { result, ctx } = await t.execute();
    expect(result).toBe(`built ${fileId}`);
    expect(calls).toEqual(["load", "build"]);
    expect(ctx.step.run).toHaveBeenCalledWith("load", expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith("build", expect.any(Function));
    const run = await db.$primary().jobRun.findFirstOrThrow({ where: { functionId: job.id, eventId } });
    expect(run).toMatchObject({ mode: "INNGEST", status: "SUCCEEDED", eventName: "file/requested" });
  });

  it("on a retry, does not run again a step whose result Inngest already holds", async () => {
    calls.length = 0;
    const fileId = randomUUID();
    const t = new InngestTestEngine({
      function: fn,
      events: [{ name: "file/requested", data: { fileId }, id: randomUUID() }],
      steps: [{ id: "load", handler: () => ({ fileId }) }],
    });
    const { result } = await t.execute();
    expect(result).toBe(`built ${fileId}`);
    expect(calls).toEqual(["build"]);
  });

  it("surfaces a failing step as the run's error, leaving the run for Inngest to retry", async () => {
    const failing = toInngestFunction(
      defineEventJob({
        id: `test-inngest-failing-${randomUUID().slice(0, 8)}`,
        name: "failing",
        trigger: { event: "file/requested" },
        retries: 2,
        run: async ({ step }) =>
          step.run("build", async () => {
            throw new Error("disk full");
          }),
      }),
    );
    const eventId = randomUUID();
    const { error, result } = await new InngestTestEngine({
      function: failing,
      events: [{ name: "file/requested", data: { fileId: randomUUID() }, id: eventId }],
    }).execute();
    expect(result).toBeUndefined();
    expect((error as { message?: string }).message).toBe("disk full");
    const run = await db.$primary().jobRun.findFirstOrThrow({ where: { eventId } });
    expect(run.status).toBe("RUNNING");
  });

  it("after the last retry, runs the job's onFailure and marks the run failed", async () => {
    calls.length = 0;
    const eventId = randomUUID();
    // The first attempt left a RUNNING row, as it does when the handler is entered.
    await db.jobRun.create({ data: { functionId: job.id, eventName: "file/requested", eventId, mode: "INNGEST" } });
    await inngestFailureHandler(job)({
      event: { data: { event: { name: "file/requested", data: { fileId: randomUUID() }, id: eventId }, run_id: "run-1" } },
      error: new Error("gave up"),
      runId: "run-failure",
    });
    expect(calls).toEqual([`failed ${eventId} gave up`]);
    const run = await db.$primary().jobRun.findFirstOrThrow({ where: { functionId: job.id, eventId } });
    expect(run).toMatchObject({ status: "FAILED", attempt: 4, error: "Error: gave up" });
  });
});

describe("job registry", () => {
  it("serves one Inngest function per job definition, with unique ids", () => {
    expect(inngestFunctions).toHaveLength(jobDefinitions.length);
    expect(new Set(jobDefinitions.map((d) => d.id)).size).toBe(jobDefinitions.length);
  });
});
