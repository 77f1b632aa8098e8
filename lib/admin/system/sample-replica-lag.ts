import { replicaStatus } from "@/lib/db/prisma";
import { requestStats } from "@/lib/traffic/request-stats";

export const REPLICA_LAG_GAUGE_PREFIX = "replica-lag-ms:";

const globalForSampler = globalThis as unknown as { ibReviseReplicaLagSampler?: NodeJS.Timeout };

/**
 * Every `intervalMs`, adds each replica's last measured lag to the shared per-minute stats, so the admin
 * system page can chart an hour of lag across instances (the monitor itself only knows the latest).
 */
export function startReplicaLagSampling(intervalMs = 10_000): void {
  if (globalForSampler.ibReviseReplicaLagSampler) return;
  const timer = setInterval(() => {
    for (const replica of replicaStatus()) {
      if (replica.lagSeconds !== null) requestStats.recordGauge(`${REPLICA_LAG_GAUGE_PREFIX}${replica.name}`, replica.lagSeconds * 1_000);
    }
  }, intervalMs);
  timer.unref();
  globalForSampler.ibReviseReplicaLagSampler = timer;
}
