import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { noteQuery } from "@/lib/db/query-counter";
import { observePool, timeQuery, type PoolTarget } from "@/lib/db/db-metrics";
import { withReplicaFailover } from "@/lib/db/replica-failover";
import { createReplicaMonitor, type ReplicaHealthOptions, type ReplicaMonitor, type ReplicaStatus } from "@/lib/db/replica-health";

export type DbClientsOptions = {
  primaryUrl: string;
  replicaUrls: string[];
  poolSize: number;
  replicaHealth: ReplicaHealthOptions;
};

function createClient(connectionString: string, target: PoolTarget, poolSize: number) {
  // The pool is ours (not the adapter's) so its usage can be exported as metrics.
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // application_name makes each pool visible in pg_stat_activity (and lets tests prove where a read ran).
    application_name: `ib-revise-${target.role}`,
    // A replica that stops answering must fail fast enough for its reads to move to the primary (this
    // also bounds the wait for a free connection); the primary has nowhere to move to, so it keeps
    // pg's default of waiting.
    ...(target.role === "replica" ? { connectionTimeoutMillis: 5_000 } : {}),
  });
  observePool(target, pool);
  return { client: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

// Counted and timed on each underlying client: the replica extension hands reads straight to these
// clients, so a hook on the outer client would never see them.
function withQueryCounting(client: PrismaClient, target: PoolTarget) {
  return client.$extends({
    query: {
      async $allOperations({ operation, model, args, query }) {
        noteQuery(operation, model);
        return timeQuery(target, operation, () => query(args));
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * A primary pool, one pool per replica and the monitor that keeps failed or lagging replicas out of
 * rotation. The app uses one set (`db` below); tests build others against their own servers.
 */
export function createDbClients(options: DbClientsOptions) {
  const primaryTarget: PoolTarget = { role: "primary", name: "primary" };
  const primaryPool = createClient(options.primaryUrl, primaryTarget, options.poolSize);
  const primary = withQueryCounting(primaryPool.client, primaryTarget);
  const monitor = createReplicaMonitor(options.primaryUrl, options.replicaUrls, options.replicaHealth);
  const replicaPools = options.replicaUrls.map((url, i) => {
    const target: PoolTarget = { role: "replica", name: monitor.names[i]! };
    const created = createClient(url, target, options.poolSize);
    return { ...created, client: withQueryCounting(withReplicaFailover(created.client, { name: target.name, primary, monitor }), target) };
  });
  const replicas = replicaPools.map((r) => r.client);
  // With no replica configured the primary serves reads too, so callers never branch on topology.
  const db = primary.$extends(readReplicas({ replicas: replicas.length ? replicas : [primary] }));
  return {
    db,
    monitor,
    async disconnect() {
      await monitor.stop();
      await db.$disconnect();
      // The adapter does not end pools it was handed.
      await Promise.allSettled([primaryPool.pool, ...replicaPools.map((r) => r.pool)].map((pool) => pool.end()));
    },
  };
}

type Db = ReturnType<typeof createDbClients>;
// One set of pools per process, surviving the dev server's module reloads.
const globalForDb = globalThis as unknown as { ibReviseDbClients?: Db };
const clients: Db = (globalForDb.ibReviseDbClients ??= createDbClients({
  primaryUrl: env.DATABASE_URL,
  replicaUrls: env.DATABASE_REPLICA_URLS,
  poolSize: env.DATABASE_POOL_SIZE,
  replicaHealth: {
    checkIntervalMs: env.REPLICA_CHECK_INTERVAL_MS,
    maxLagSeconds: env.REPLICA_MAX_LAG_SECONDS,
    recoveryChecks: env.REPLICA_RECOVERY_CHECKS,
  },
}));

/**
 * The application's database client. Model reads (findMany, count, ...) go to a replica and may lag the
 * primary by a moment; writes and transactions go to the primary. A read that must see the caller's own
 * write says so at the call: `db.$primary().attempt.findMany(...)`. Raw queries run on the primary unless
 * sent with `db.$replica().$queryRaw`. Reads meant for a replica that is down or lagging too far are
 * served by the primary (lib/db/replica-health.ts).
 */
export const db = clients.db;
export type DbClient = typeof db;

/** Health of each configured replica, as the monitor last saw it (readiness check, admin system page). */
export function replicaStatus(): ReplicaStatus[] {
  return clients.monitor.status();
}

/** The default set's monitor (tests that need to run a check round now). */
export const replicaMonitor: ReplicaMonitor = clients.monitor;

/** Closes every pool (scripts and tests; the server keeps its pools for its lifetime). */
export async function disconnectDb(): Promise<void> {
  await clients.disconnect();
  delete globalForDb.ibReviseDbClients;
}

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type DbTransaction = Parameters<Extract<Parameters<DbClient["$transaction"]>[0], (...args: never[]) => unknown>>[0];
