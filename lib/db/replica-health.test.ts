import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createReplicaMonitor, replicaName, type ReplicaMonitor } from "@/lib/db/replica-health";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

// Read-only against the shared replica (5433); the stop and lag scenarios run on a replica of their own
// in replica-failover.test.ts.
const sharedReplica = env.DATABASE_REPLICA_URLS[0]!;
const options = { checkIntervalMs: 600_000, maxLagSeconds: 3_600, recoveryChecks: 2, checkTimeoutMs: 1_000, logger: pino({ level: "silent" }) };
const upValue = async (replica: string) => (await metrics.dbReplicaUp.get()).values.find((v) => v.labels.replica === replica)?.value;

describe("replica monitor", () => {
  let monitor: ReplicaMonitor | undefined;
  afterEach(async () => {
    await monitor?.stop();
  });

  it("reports a streaming replica in rotation with its lag, named by host and port only", async () => {
    const url = new URL(sharedReplica);
    url.password = "not-shown-anywhere"; // trust authentication ignores it; the point is where it appears
    monitor = createReplicaMonitor(env.DATABASE_URL, [url.toString()], options);
    await monitor.checkNow();
    const [status] = monitor.status();
    expect(status).toMatchObject({ name: replicaName(sharedReplica), inRotation: true, lastError: null, lastCheckedAt: expect.any(String) });
    expect(status!.lagBytes).toBeGreaterThanOrEqual(0);
    expect(status!.name).toBe(`${url.hostname}:${url.port}`);
    expect(JSON.stringify(monitor.status())).not.toContain("not-shown-anywhere");
    expect(await upValue(status!.name)).toBe(1);
  });

  it("takes an unreachable replica out of rotation at the first check, logging and counting it once", async () => {
    const lines: { msg: string; replica?: string; reason?: string }[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const deadUrl = "postgresql://postgres@127.0.0.1:9/ib_revise_test"; // the discard port: nothing listens
    const failovers = async () =>
      (await metrics.dbReplicaFailovers.get()).values.find((v) => v.labels.replica === "127.0.0.1:9" && v.labels.reason === "unreachable")?.value ?? 0;
    const before = await failovers();
    monitor = createReplicaMonitor(env.DATABASE_URL, [deadUrl], { ...options, logger });
    await monitor.checkNow();
    await monitor.checkNow();
    expect(monitor.status()).toEqual([expect.objectContaining({ name: "127.0.0.1:9", inRotation: false, lastError: expect.stringMatching(/ECONNREFUSED/) })]);
    expect(await failovers()).toBe(before + 1);
    expect(await upValue("127.0.0.1:9")).toBe(0);
    expect(lines.filter((l) => /out of rotation/.test(l.msg))).toEqual([expect.objectContaining({ replica: "127.0.0.1:9", reason: "unreachable" })]);
  });

  it("keeps a server that is not in recovery (a primary, or a promoted replica) out of rotation", async () => {
    monitor = createReplicaMonitor(env.DATABASE_URL, [env.DATABASE_URL], options);
    await monitor.checkNow();
    expect(monitor.status()[0]).toMatchObject({ inRotation: false, lastError: expect.stringMatching(/not in recovery/) });
  });

  it("takes a replica out at once when a read loses its connection, and needs the recovery checks to take it back", async () => {
    monitor = createReplicaMonitor(env.DATABASE_URL, [sharedReplica], options);
    const name = replicaName(sharedReplica);
    await monitor.checkNow();
    expect(monitor.inRotation(name)).toBe(true);
    monitor.markDown(name, new Error("Connection terminated unexpectedly"));
    expect(monitor.status()[0]).toMatchObject({ inRotation: false, lastError: "Connection terminated unexpectedly" });
    await monitor.checkNow();
    expect(monitor.inRotation(name)).toBe(false);
    await monitor.checkNow();
    expect(monitor.inRotation(name)).toBe(true);
  });

  it("checks on its own once used, on the configured interval", async () => {
    monitor = createReplicaMonitor(env.DATABASE_URL, ["postgresql://postgres@127.0.0.1:9/x"], { ...options, checkIntervalMs: 100 });
    expect(monitor.status()[0]?.lastCheckedAt).toBeNull();
    const deadline = Date.now() + 10_000;
    const seen = new Set<string>();
    while (seen.size < 3 && Date.now() < deadline) {
      const at = monitor.status()[0]?.lastCheckedAt;
      if (at) seen.add(at);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
