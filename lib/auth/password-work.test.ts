import { describe, expect, it } from "vitest";
import { ServiceUnavailableError } from "@/lib/errors";
import { createPasswordWorkGate, passwordWork } from "@/lib/auth/password-work";
import { hashPassword } from "@/lib/auth/password";

const deferred = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe("password work gate", () => {
  it("runs at most `concurrency` at once, queues up to `queue`, and refuses the rest before doing any work", async () => {
    const gate = createPasswordWorkGate({ concurrency: 2, queue: 3 });
    const hold = deferred();
    let running = 0;
    let peak = 0;
    let started = 0;
    const work = async () => {
      started++;
      running++;
      peak = Math.max(peak, running);
      await hold.done;
      running--;
      return "hashed";
    };
    const outcomes = Array.from({ length: 10 }, () =>
      gate.run(work).then(
        (v) => v,
        (e: unknown) => e,
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toBe(2);
    expect(gate.activeCount).toBe(2);
    expect(gate.pendingCount).toBe(3);
    hold.release();
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === "hashed")).toHaveLength(5);
    const refused = results.filter((r) => r instanceof ServiceUnavailableError) as ServiceUnavailableError[];
    expect(refused).toHaveLength(5);
    expect(refused.every((e) => e.status === 503 && e.retryAfterSeconds > 0)).toBe(true);
    expect(started).toBe(5);
    expect(peak).toBe(2);
  });

  it("takes new work again once the queue has drained", async () => {
    const gate = createPasswordWorkGate({ concurrency: 1, queue: 0 });
    const hold = deferred();
    const first = gate.run(() => hold.done);
    await expect(gate.run(async () => "second")).rejects.toBeInstanceOf(ServiceUnavailableError);
    hold.release();
    await first;
    await expect(gate.run(async () => "third")).resolves.toBe("third");
  });

  it("is what the app's hashing goes through: a burst of 20 runs 2 at a time and is not refused", async () => {
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => hashPassword(`burst password ${i}`)));
    await new Promise((r) => setTimeout(r, 5));
    expect(passwordWork.activeCount).toBe(2);
    expect(passwordWork.pendingCount).toBeGreaterThan(0);
    expect(new Set(await burst).size).toBe(20);
  });
});
