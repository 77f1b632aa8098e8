import { afterEach, describe, expect, it } from "vitest";
import { jobsForEvent, registerJobs } from "@/lib/jobs/job-registry";
import { jobDefinitions } from "@/lib/workers/job-definitions";

const SLOT = Symbol.for("ib-revise.job-loader");
const slot = globalThis as Record<symbol, unknown>;
const registeredByVitestSetup = slot[SLOT];

afterEach(() => {
  slot[SLOT] = registeredByVitestSetup;
});

describe("the job registry", () => {
  it("refuses to run an event inline when no entry point registered the jobs, rather than drop it", async () => {
    delete slot[SLOT];
    await expect(jobsForEvent("email/queued")).rejects.toThrow(/no jobs registered to run "email\/queued" inline/);
  });

  it("finds the jobs an event triggers, loading the definitions once", async () => {
    let loads = 0;
    registerJobs(async () => {
      loads += 1;
      return jobDefinitions;
    });
    const forFiles = await jobsForEvent("file/requested");
    expect(forFiles.map((d) => d.id)).toEqual(jobDefinitions.filter((d) => "event" in d.trigger && d.trigger.event === "file/requested").map((d) => d.id));
    expect(forFiles.length).toBeGreaterThan(0);
    expect(await jobsForEvent("no/such-event")).toEqual([]);
    expect(loads).toBe(1);
  });
});
