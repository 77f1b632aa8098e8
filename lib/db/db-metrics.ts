import type pg from "pg";
import { addPoolSampler, metrics } from "@/lib/observability/metrics";

/** Which pool a query ran on: the primary, or a replica named host:port. */
export type PoolTarget = { role: "primary" | "replica"; name: string };

const pools = new Map<string, { target: PoolTarget; pool: pg.Pool }>();
addPoolSampler(() => poolUsage().map((u) => ({ role: u.target.role, pool: u.target.name, total: u.total, idle: u.idle, waiting: u.waiting })));

/** Registers a pool whose connections are reported at every scrape (`db_pool_connections`). */
export function observePool(target: PoolTarget, pool: pg.Pool): void {
  pools.set(`${target.role}:${target.name}`, { target, pool });
}

/** Pool usage now, for the gauge's collect(): in use, idle, and requests waiting for a connection. */
export function poolUsage(): { target: PoolTarget; total: number; idle: number; waiting: number }[] {
  return [...pools.values()].map(({ target, pool }) => ({ target, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
}

/** Runs one Prisma operation and records its duration by pool. */
export async function timeQuery<T>(target: PoolTarget, operation: string, run: () => Promise<T>): Promise<T> {
  const end = metrics.dbQueryDuration.startTimer({ role: target.role, pool: target.name, operation });
  try {
    return await run();
  } finally {
    end();
  }
}
