import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { noteQuery } from "@/lib/db/query-counter";
import { withReplicaFailover } from "@/lib/db/replica-failover";
import { createReplicaMonitor, type ReplicaHealthOptions, type ReplicaMonitor, type ReplicaStatus } from "@/lib/db/replica-health";

export type DbClientsOptions = {
  primaryUrl: string;
  replicaUrls: string[];
  poolSize: number;
  replicaHealth: ReplicaHealthOptions;
};

function createClient(connectionString: string, role: "primary" | "replica", poolSize: number) {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: poolSize,
      // application_name makes each pool visible in pg_stat_activity (and lets tests prove where a read ran).
      application_name: `ib-revise-${role}`,
      // A replica that stops answering must fail fast enough for its reads to move to the primary (this
      // also bounds the wait for a free connection); the primary has nowhere to move to, so it keeps
      // pg's default of waiting.
      ...(role === "replica" ? { connectionTimeoutMillis: 5_000 } : {}),
    }),
  });
}

// Counted on each underlying client: the replica extension hands reads straight to these clients, so a
// hook on the outer client would never see them.
function withQueryCounting(client: PrismaClient) {
  return client.$extends({
    query: {
      async $allOperations({ operation, model, args, query }) {
        noteQuery(operation, model);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * A primary pool, one pool per replica and the monitor that keeps failed or lagging replicas out of
 * rotation. The app uses one set (`db` below); tests build others against their own servers.
 */
export function createDbClients(options: DbClientsOptions) {
  const primary = withQueryCounting(createClient(options.primaryUrl, "primary", options.poolSize));
  const monitor = createReplicaMonitor(options.primaryUrl, options.replicaUrls, options.replicaHealth);
  const replicas = options.replicaUrls.map((url, i) =>
    withQueryCounting(withReplicaFailover(createClient(url, "replica", options.poolSize), { name: monitor.names[i]!, primary, monitor })),
  );
  // With no replica configured the primary serves reads too, so callers never branch on topology.
  const db = primary.$extends(readReplicas({ replicas: replicas.length ? replicas : [primary] }));
  return {
    db,
    monitor,
    async disconnect() {
      await monitor.stop();
      await db.$disconnect();
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
