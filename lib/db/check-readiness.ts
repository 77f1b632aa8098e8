import type { Redis } from "ioredis";
import { isRedisUsable, redis as appRedis } from "@/lib/redis/redis-client";
import { db as appDb, replicaStatus as appReplicaStatus } from "@/lib/db/prisma";
import type { ReplicaStatus } from "@/lib/db/replica-health";
import { shortErrorMessage } from "@/lib/db/short-error-message";

export const READINESS_TIMEOUT_MS = 1_000;

type DependencyCheck = { ok: boolean; latencyMs: number; error?: string };

export type Readiness = {
  /** ready: all good; degraded: serving, with a replica out of rotation or Redis down; unready: no primary. */
  status: "ready" | "degraded" | "unready";
  checks: { primary: DependencyCheck; replicas: ReplicaStatus[]; redis: DependencyCheck };
};

type ReadinessDeps = {
  selectOneOnPrimary: () => Promise<unknown>;
  redis: Redis;
  replicaStatus: () => ReplicaStatus[];
};

async function timed(work: () => Promise<unknown>, what: string): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: shortErrorMessage(err) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this instance can serve traffic. Only the primary is essential: replicas out of rotation have
 * their reads served by the primary, and the app runs without Redis (caches fall through to the
 * database), so either makes the instance degraded, not unready.
 */
export async function checkReadiness(
  deps: ReadinessDeps = { selectOneOnPrimary: () => appDb.$primary().$queryRaw`select 1`, redis: appRedis, replicaStatus: appReplicaStatus },
): Promise<Readiness> {
  const [primary, redis] = await Promise.all([
    timed(deps.selectOneOnPrimary, "primary"),
    // A client that is reconnecting would only make PING wait for the timeout.
    isRedisUsable(deps.redis) ? timed(() => deps.redis.ping(), "redis") : Promise.resolve({ ok: false, latencyMs: 0, error: "not connected (reconnecting)" }),
  ]);
  const replicas = deps.replicaStatus();
  const status = !primary.ok ? "unready" : !redis.ok || replicas.some((r) => !r.inRotation) ? "degraded" : "ready";
  return { status, checks: { primary, replicas, redis } };
}

/** What an anonymous caller may see: the verdict and which kind of dependency is down, no names or errors. */
export function publicReadiness(readiness: Readiness) {
  const { primary, redis, replicas } = readiness.checks;
  return {
    status: readiness.status,
    checks: {
      primary: { ok: primary.ok },
      redis: { ok: redis.ok },
      replicas: { total: replicas.length, inRotation: replicas.filter((r) => r.inRotation).length },
    },
  };
}
