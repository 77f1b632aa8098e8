import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClients } from "@/lib/db/prisma";
import type { ReplicaHealthOptions } from "@/lib/db/replica-health";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

// A streaming replica of our own, created fresh for this file and dropped after it: the shared replica on
// 5433 serves other tests and must never be stopped or paused here. Its name and port are this run's own,
// so that two runs of the suite at once do not stop each other's replica.
const CLUSTER = `failover-${process.pid}`;
let PORT = 0;
let REPLICA = "";
let replicaUrl = "";
const exec = promisify(execFile);
const script = path.resolve(import.meta.dirname, "../../scripts/replica-cluster.sh");
const cluster = (...args: string[]) => exec("bash", [script, CLUSTER, String(PORT), ...args]);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Drops replicas left by earlier runs that died before their afterAll (their process is gone). */
async function dropAbandonedClusters() {
  const { stdout } = await exec("pg_lsclusters", ["-h"]);
  for (const [, name, port] of stdout.split("\n").map((l) => l.trim().split(/\s+/))) {
    const pid = Number(/^failover-(\d+)$/.exec(name ?? "")?.[1]);
    if (!pid || !port) continue;
    try {
      process.kill(pid, 0);
    } catch {
      await exec("bash", [script, name!, port, "drop"]);
    }
  }
}

const logLines: { msg: string; replica?: string; reason?: string }[] = [];
const logger = pino({ level: "info" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, deadlineMs = 20_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const failovers = async (reason: string) =>
  (await metrics.dbReplicaFailovers.get()).values.find((v) => v.labels.replica === REPLICA && v.labels.reason === reason)?.value ?? 0;
const readsOnPrimary = async (cause: string) =>
  (await metrics.dbReplicaReadsOnPrimary.get()).values.find((v) => v.labels.replica === REPLICA && v.labels.cause === cause)?.value ?? 0;

function clientsFor(health: Omit<ReplicaHealthOptions, "logger">) {
  return createDbClients({ primaryUrl: env.DATABASE_URL, replicaUrls: [replicaUrl], poolSize: 5, replicaHealth: { ...health, logger } });
}

describe("replica failover against a real streaming replica", () => {
  let replica: pg.Client;

  beforeAll(async () => {
    await dropAbandonedClusters();
    PORT = await freePort();
    REPLICA = `127.0.0.1:${PORT}`;
    replicaUrl = `postgresql://postgres@${REPLICA}${new URL(env.DATABASE_URL).pathname}`; // the test database, replicated
    await cluster("create");
    replica = new pg.Client({ connectionString: replicaUrl });
    replica.on("error", () => undefined); // the second test stops the server under this connection
    await replica.connect();
  }, 120_000);

  afterAll(async () => {
    await replica?.end().catch(() => undefined);
    if (PORT) await cluster("drop");
  }, 60_000);

  it("takes a replica whose replay falls behind out of rotation, serves its reads from the primary, and takes it back", async () => {
    const clients = clientsFor({ checkIntervalMs: 200, maxLagSeconds: 1, recoveryChecks: 2 });
    const { db, monitor } = clients;
    try {
      const lagFailoversBefore = await failovers("lag");
      await until("the replica checked and in rotation", () => monitor.status().find((r) => r.lastCheckedAt && r.inRotation));
      await replica.query("select pg_wal_replay_pause()");
      // Pausing is a request: until it takes effect, the write below could still be replayed.
      await until("replay paused", async () => (await replica.query("select pg_get_wal_replay_pause_state() as state")).rows[0].state === "paused");
      const email = `lag-${randomUUID()}@example.test`;
      const user = await db.user.create({ data: { email } });

      const out = await until("the lagging replica out of rotation", () => monitor.status().find((r) => !r.inRotation));
      expect(out).toMatchObject({ name: REPLICA, lastError: expect.stringMatching(/replay lag/) });
      expect(out.lagBytes).toBeGreaterThan(0);
      expect(out.lagSeconds).toBeGreaterThan(1);
      expect(await failovers("lag")).toBe(lagFailoversBefore + 1);
      expect(logLines).toContainEqual(expect.objectContaining({ replica: REPLICA, reason: "lag", msg: expect.stringMatching(/out of rotation/) }));

      // The replica cannot see the row (replay is paused), so finding it proves the primary answered.
      expect(await db.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
      expect(await db.user.count({ where: { email } })).toBe(1);
      const [served] = await db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
      expect(served?.recovery).toBe(false);
      expect((await replica.query("select count(*)::int as n from users where email = $1", [email])).rows[0].n).toBe(0);

      await replica.query("select pg_wal_replay_resume()");
      await until("the replica back in rotation", () => monitor.status().find((r) => r.inRotation));
      expect(logLines).toContainEqual(expect.objectContaining({ replica: REPLICA, msg: expect.stringMatching(/back in rotation/) }));
      const [again] = await db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
      expect(again?.recovery).toBe(true);
      expect(await db.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
    } finally {
      await replica.query("select pg_wal_replay_resume()");
      await clients.disconnect();
    }
  });

  it("serves a read that waited too long for a free replica connection from the primary, keeping the replica in rotation", async () => {
    const clients = createDbClients({
      primaryUrl: env.DATABASE_URL,
      replicaUrls: [replicaUrl],
      poolSize: 1,
      replicaHealth: { checkIntervalMs: 600_000, maxLagSeconds: 30, recoveryChecks: 2, logger },
    });
    const { db, monitor } = clients;
    try {
      await monitor.checkNow();
      const before = await readsOnPrimary("pool_timeout");
      // The pool's one connection is busy for longer than the replicas' 5 s connection timeout. (A Prisma
      // query starts when awaited or then-ed; Promise.resolve does that.)
      const busy = Promise.resolve(db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery, pg_sleep(8)::text as slept`);
      await until(
        "the slow read running on the replica",
        async () =>
          (
            await replica.query(
              "select 1 from pg_stat_activity where query like '%pg_sleep(8)%' and application_name = 'ib-revise-replica' and state = 'active'",
            )
          ).rowCount,
      );
      const [waited] = await db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
      expect(waited?.recovery).toBe(false);
      expect(await readsOnPrimary("pool_timeout")).toBe(before + 1);
      expect(monitor.status()[0]).toMatchObject({ inRotation: true });
      expect((await busy)[0]?.recovery).toBe(true);
    } finally {
      await clients.disconnect();
    }
  });

  it("answers every read of a burst during which the replica is stopped, and takes it back after the recovery checks", async () => {
    // Checks run only when asked (the interval is longer than the test), so that the reads themselves
    // must notice the replica dying, and so that the recovery checks can be counted.
    const clients = clientsFor({ checkIntervalMs: 600_000, maxLagSeconds: 30, recoveryChecks: 2 });
    const { db, monitor } = clients;
    try {
      const email = `burst-${randomUUID()}@example.test`;
      const user = await db.user.create({ data: { email } });
      await until("the row replayed on the replica", async () => (await replica.query("select 1 from users where email = $1", [email])).rowCount);
      await monitor.checkNow();
      expect(monitor.status()[0]).toMatchObject({ name: REPLICA, inRotation: true, lastError: null });
      const before = {
        failovers: await failovers("connection_error"),
        retried: await readsOnPrimary("connection_error"),
        rerouted: await readsOnPrimary("out_of_rotation"),
      };

      // 500 reads, 20 at a time. Read 100 starts the stop; reads from 200 on wait until it is done, so
      // both reads caught by the shutdown and reads against a dead server are part of the burst.
      let stopped: Promise<unknown> | undefined;
      let next = 0;
      const results: unknown[] = [];
      const failures: unknown[] = [];
      const read = async (i: number) => {
        if (i === 100) stopped = cluster("stop", "immediate");
        if (i >= 200) await stopped;
        switch (i % 3) {
          case 0:
            return (await db.user.findUnique({ where: { email } }))?.id;
          case 1:
            return (await db.user.count({ where: { email } })) === 1 ? user.id : "wrong count";
          default:
            return (await db.$replica().$queryRaw<{ id: string }[]>`select id from users where email = ${email}`)[0]?.id;
        }
      };
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let i = next++; i < 500; i = next++) {
            try {
              results.push(await read(i));
            } catch (err) {
              failures.push(err);
            }
          }
        }),
      );

      expect(failures).toEqual([]);
      expect(results).toHaveLength(500);
      expect(new Set(results)).toEqual(new Set([user.id]));
      expect(monitor.status()[0]).toMatchObject({ inRotation: false, lastError: expect.any(String) });
      expect(await failovers("connection_error")).toBe(before.failovers + 1);
      expect(await readsOnPrimary("connection_error")).toBeGreaterThan(before.retried);
      expect(await readsOnPrimary("out_of_rotation")).toBeGreaterThan(before.rerouted);
      expect(logLines).toContainEqual(expect.objectContaining({ replica: REPLICA, reason: "connection_error", msg: expect.stringMatching(/out of rotation/) }));

      // Down: a check keeps it out.
      await monitor.checkNow();
      expect(monitor.status()[0]).toMatchObject({ inRotation: false, lastError: expect.any(String) });

      await cluster("start");
      await monitor.checkNow();
      expect(monitor.status()[0]).toMatchObject({ inRotation: false, lastError: null }); // healthy once: not yet
      await monitor.checkNow();
      expect(monitor.status()[0]).toMatchObject({ inRotation: true, lastError: null });
      const [served] = await db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
      expect(served?.recovery).toBe(true);
      const rerouted = await readsOnPrimary("out_of_rotation");
      expect(await db.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
      expect(await readsOnPrimary("out_of_rotation")).toBe(rerouted);
    } finally {
      await clients.disconnect();
    }
  });
});
