/**
 * Sizes from BENCHMARKS.md's cost model ("Cost model: 220K and 2M students"): a request of the mixed journey
 * costs 6.8 ms of app CPU, so one Node.js process (one vCPU: the image runs one `node server.js`) serves about
 * 88 req/s at the planned 60 % busy. 220K students plan for 330 req/s at peak (≈ 4 vCPU of app), 2M for
 * 3 000 (≈ 34 vCPU). The primary carries the answer path (read-your-writes), the replica exists for
 * failover more than for load. Redis holds sessions and cached dashboards: ~1 GiB at 220K, ~8.4 GiB at 2M.
 */
export type SizeName = "dev" | "220k" | "2m";
export type StageName = "dev" | "prod";

export type Size = {
  /** Fargate tasks: one vCPU each, since one Node.js process uses one core. */
  taskCpu: number;
  taskMemoryMiB: number;
  minTasks: number;
  maxTasks: number;
  /** Target for request-count scaling, per task per minute: 88 req/s × 60 s, rounded down. */
  requestsPerTaskPerMinute: number;
  /** Connections each task opens per pool (primary via RDS Proxy, each replica directly). */
  databasePoolSize: number;
  primaryInstanceClass: string;
  replicaInstanceClass: string;
  /** Memory of the database instance class, for the freeable-memory warning. */
  databaseMemoryGiB: number;
  /** Set explicitly (not derived from the instance's memory) so the "connections exhausted" alarm has a fixed ceiling. */
  maxConnections: number;
  allocatedStorageGiB: number;
  maxAllocatedStorageGiB: number;
  cacheNodeType: string;
};

export const sizes: Record<SizeName, Size> = {
  // A stage to try a deploy on: smallest burstable classes, one task.
  dev: {
    taskCpu: 1024,
    taskMemoryMiB: 2048,
    minTasks: 1,
    maxTasks: 2,
    requestsPerTaskPerMinute: 5_000,
    databasePoolSize: 10,
    primaryInstanceClass: "t4g.medium",
    replicaInstanceClass: "t4g.medium",
    databaseMemoryGiB: 4,
    maxConnections: 200,
    allocatedStorageGiB: 20,
    maxAllocatedStorageGiB: 100,
    cacheNodeType: "cache.t4g.small",
  },
  // 3.8 vCPU of app → 4 one-vCPU tasks, doubled for bursts; 2-vCPU primary and replica; 1 GiB of Redis
  // (a 6.4 GiB node leaves room for growth and avoids burstable credits); 0.45 GiB of attempts a day.
  "220k": {
    taskCpu: 1024,
    taskMemoryMiB: 2048,
    minTasks: 4,
    maxTasks: 12,
    requestsPerTaskPerMinute: 5_000,
    databasePoolSize: 10,
    primaryInstanceClass: "m7g.large",
    replicaInstanceClass: "m7g.large",
    databaseMemoryGiB: 8,
    maxConnections: 300,
    allocatedStorageGiB: 200,
    maxAllocatedStorageGiB: 1_000,
    cacheNodeType: "cache.m7g.large",
  },
  // ×9.1: 34 vCPU of app → 35 tasks, 8-vCPU primary, 4-vCPU replica, 8.4 GiB of Redis, 4 GiB of attempts a day.
  // At this size `attempts` needs monthly partitions (BENCHMARKS.md); storage grows on its own up to the cap.
  "2m": {
    taskCpu: 1024,
    taskMemoryMiB: 2048,
    minTasks: 35,
    maxTasks: 70,
    requestsPerTaskPerMinute: 5_000,
    databasePoolSize: 10,
    primaryInstanceClass: "m7g.2xlarge",
    replicaInstanceClass: "m7g.xlarge",
    databaseMemoryGiB: 32,
    maxConnections: 1_000,
    allocatedStorageGiB: 1_500,
    maxAllocatedStorageGiB: 6_000,
    cacheNodeType: "cache.r7g.large",
  },
};

export type Stage = {
  /** Multi-AZ primary, deletion protection, snapshots on delete, two NAT gateways. */
  production: boolean;
  defaultSize: SizeName;
  backupRetentionDays: number;
};

export const stages: Record<StageName, Stage> = {
  dev: { production: false, defaultSize: "dev", backupRetentionDays: 1 },
  prod: { production: true, defaultSize: "220k", backupRetentionDays: 14 },
};

export function isStageName(value: string): value is StageName {
  return value in stages;
}

export function isSizeName(value: string): value is SizeName {
  return value in sizes;
}
