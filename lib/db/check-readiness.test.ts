import { PrismaPg } from "@prisma/adapter-pg";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { createRedisClient, redis } from "@/lib/redis/redis-client";
import { checkReadiness } from "@/lib/db/check-readiness";
import { db } from "@/lib/db/prisma";
import { createReplicaMonitor } from "@/lib/db/replica-health";
import { env } from "@/lib/env";

// Real dependencies throughout; the unavailable ones are real clients pointed at a port nothing listens on.
const deadRedis = createRedisClient("redis://127.0.0.1:9", { commandTimeoutMs: 200 });
const deadPrimary = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/ib_revise_test", max: 1 }) });
const deadReplicaMonitor = createReplicaMonitor(env.DATABASE_URL, ["postgresql://postgres@127.0.0.1:9/ib_revise_test"], {
  checkIntervalMs: 600_000,
  maxLagSeconds: 10,
  recoveryChecks: 2,
  logger: pino({ level: "silent" }),
});
const primaryOk = () => db.$primary().$queryRaw`select 1`;

afterAll(async () => {
  deadRedis.disconnect();
  await deadPrimary.$disconnect();
  await deadReplicaMonitor.stop();
});

describe("checkReadiness", () => {
  it("is ready when the primary and Redis answer and no replica is out of rotation", async () => {
    const readiness = await checkReadiness({ selectOneOnPrimary: primaryOk, redis, replicaStatus: () => [] });
    expect(readiness).toEqual({
      status: "ready",
      checks: { primary: { ok: true, latencyMs: expect.any(Number) }, redis: { ok: true, latencyMs: expect.any(Number) }, replicas: [] },
    });
  });

  it("is degraded, not unready, with Redis down: the app works without it", async () => {
    const readiness = await checkReadiness({ selectOneOnPrimary: primaryOk, redis: deadRedis, replicaStatus: () => [] });
    expect(readiness.status).toBe("degraded");
    expect(readiness.checks.primary.ok).toBe(true);
    expect(readiness.checks.redis).toMatchObject({ ok: false, error: expect.any(String) });
    expect(readiness.checks.redis.latencyMs).toBeLessThan(5_000); // bounded by the timeout, not Redis's retries
  });

  it("is degraded with a replica out of rotation, since the primary serves its reads", async () => {
    await deadReplicaMonitor.checkNow();
    const readiness = await checkReadiness({ selectOneOnPrimary: primaryOk, redis, replicaStatus: deadReplicaMonitor.status });
    expect(readiness.status).toBe("degraded");
    expect(readiness.checks.replicas).toEqual([expect.objectContaining({ name: "127.0.0.1:9", inRotation: false, lastError: expect.any(String) })]);
  });

  it("is unready when the primary does not answer, with the cause in one line", async () => {
    const readiness = await checkReadiness({ selectOneOnPrimary: () => deadPrimary.$queryRaw`select 1`, redis, replicaStatus: () => [] });
    expect(readiness.status).toBe("unready");
    expect(readiness.checks.primary).toMatchObject({ ok: false, error: expect.stringMatching(/Can't reach database server at 127.0.0.1:9/) });
    expect(readiness.checks.primary.error).not.toContain("\n");
  });

  it("gives up on a primary that hangs after the timeout", async () => {
    const readiness = await checkReadiness({ selectOneOnPrimary: () => db.$primary().$queryRaw`select pg_sleep(3)::text`, redis, replicaStatus: () => [] });
    expect(readiness.status).toBe("unready");
    expect(readiness.checks.primary.error).toMatch(/did not answer within 1000 ms/);
  });
});
