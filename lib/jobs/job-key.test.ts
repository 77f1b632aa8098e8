import { describe, expect, it } from "vitest";
import { assertSupportedKey, keyOf } from "@/lib/jobs/job-key";
import { jobDefinitions } from "@/lib/workers/job-definitions";
import { concurrencyLimits } from "@/lib/jobs/job-definition";

const event = (data: unknown) => ({ name: "attempt/written.submitted", data, id: "e1" });

describe("keyOf", () => {
  it("reads a path into the event's data, grouping events without it together", () => {
    expect(keyOf("event.data.userId", event({ userId: "u1", attemptId: "a" }))).toBe("u1");
    expect(keyOf("event.data.a.b", event({ a: { b: 7 } }))).toBe("7");
    expect(keyOf("event.data.userId", event({}))).toBe("");
    expect(keyOf("event.data.userId", event({ userId: { nested: true } }))).toBe("");
  });

  it("refuses expressions inline mode cannot evaluate", () => {
    expect(() => assertSupportedKey('event.data.a + "-" + event.data.b')).toThrow(/event\.data\.<field>/);
    expect(() => assertSupportedKey("event.user.id")).toThrow();
  });

  it("every job's keys are ones inline mode can evaluate", () => {
    const keys = jobDefinitions.flatMap((d) => [...concurrencyLimits(d).map((c) => c.key), d.throttle?.key]).filter((k) => k !== undefined);
    expect(keys).toContain("event.data.userId");
    for (const key of keys) expect(() => assertSupportedKey(key)).not.toThrow();
  });
});
