import type { Redis } from "ioredis";
import { redis as appRedis } from "@/lib/redis/redis-client";
import { replicaMonitor, replicaStatus as appReplicaStatus } from "@/lib/db/prisma";
import type { ReplicaStatus } from "@/lib/db/replica-health";
import { shortErrorMessage } from "@/lib/db/short-error-message";
import { loadJobHealth as appLoadJobHealth, type JobHealth } from "@/lib/jobs/job-health";
import { loadJobActivity as appLoadJobActivity, type JobActivityPoint } from "@/lib/admin/system/load-job-activity";
import { readRequestStats, type RequestStatsWindow } from "@/lib/traffic/read-request-stats";
import { REPLICA_LAG_GAUGE_PREFIX } from "@/lib/admin/system/sample-replica-lag";

export const SYSTEM_WINDOW_MINUTES = 60;

/** Everything the admin system page shows, for the last hour, across every instance. */
export type SystemHealth = {
  generatedAt: string;
  requests: RequestStatsWindow;
  /** As this instance's replica monitor last saw them (lag is the replica's, whichever instance asks). */
  replicas: ReplicaStatus[];
  /** Mean replica lag per minute (ms), from every instance's samples; one series per replica. */
  replicaLag: { at: string; lagMs: Record<string, number> }[];
  jobs: { health: JobHealth; activity: JobActivityPoint[] } | { error: string };
};

type Deps = {
  redis: Redis;
  replicaStatus: () => ReplicaStatus[];
  checkReplicasNow: () => Promise<void>;
  loadJobHealth: typeof appLoadJobHealth;
  loadJobActivity: typeof appLoadJobActivity;
  now: () => number;
};

const appDeps: Deps = {
  redis: appRedis,
  replicaStatus: appReplicaStatus,
  checkReplicasNow: () => replicaMonitor.checkNow(),
  loadJobHealth: appLoadJobHealth,
  loadJobActivity: appLoadJobActivity,
  now: Date.now,
};

export async function loadSystemHealth(deps: Partial<Deps> = {}): Promise<SystemHealth> {
  const d = { ...appDeps, ...deps };
  const now = d.now();
  const [requests, jobs, replicas] = await Promise.all([
    readRequestStats({ redis: d.redis, minutes: SYSTEM_WINDOW_MINUTES, now }),
    // The jobs figures come from the database: a health page must still show the rest when it is down.
    Promise.all([d.loadJobHealth({ windowHours: 1 }), d.loadJobActivity({ minutes: SYSTEM_WINDOW_MINUTES, now })]).then(
      ([health, activity]) => ({ health, activity }),
      (err: unknown) => ({ error: shortErrorMessage(err) }),
    ),
    currentReplicas(d),
  ]);
  return {
    generatedAt: new Date(now).toISOString(),
    requests,
    replicas,
    replicaLag: requests.series.map((m) => ({
      at: m.at,
      lagMs: Object.fromEntries(
        Object.entries(m.gauges)
          .filter(([name]) => name.startsWith(REPLICA_LAG_GAUGE_PREFIX))
          .map(([name, value]) => [name.slice(REPLICA_LAG_GAUGE_PREFIX.length), value]),
      ),
    })),
    jobs,
  };
}

/** The monitor starts on first use: a page opened before any replica read waits for one round of checks. */
async function currentReplicas(d: Deps): Promise<ReplicaStatus[]> {
  const status = d.replicaStatus();
  if (status.every((r) => r.lastCheckedAt !== null)) return status;
  await Promise.race([d.checkReplicasNow(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  return d.replicaStatus();
}
