import type { PrismaClient } from "@/generated/prisma/client";
import { isConnectionError, isPoolWaitTimeout } from "@/lib/db/is-connection-error";
import type { ReplicaMonitor } from "@/lib/db/replica-health";
import { metrics } from "@/lib/observability/metrics";

// What may be re-run on the primary. Model reads plus raw queries, which on a replica can only read:
// a raw *write* sent to a replica must keep failing there, not quietly succeed on the primary.
const READ_OPERATIONS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "groupBy",
  "aggregate",
  "count",
  "$queryRaw",
  "$queryRawUnsafe",
]);

type AnyClient = Record<string, unknown>;

function runOn(client: PrismaClient, operation: string, model: string | undefined, args: unknown): Promise<unknown> {
  const target = (model ? (client as unknown as Record<string, AnyClient>)[model] : client) as AnyClient;
  const run = target[operation] as (...a: unknown[]) => Promise<unknown>;
  // $queryRawUnsafe hands its extension the argument list; every other operation a single argument.
  return operation === "$queryRawUnsafe" && Array.isArray(args) ? run.apply(target, args) : run.call(target, args);
}

/**
 * Wraps a replica's client so that a read meant for it runs on the primary while the monitor holds the
 * replica out of rotation, and so that a read that loses its connection to the replica takes the
 * replica out at once and is answered by the primary: a replica dying mid-burst fails no request.
 * Apply it before any other query extension on the replica: a read handed to the primary then skips
 * the replica's extensions and runs the primary's instead (the first extension added runs first).
 */
export function withReplicaFailover(replica: PrismaClient, options: { name: string; primary: PrismaClient; monitor: ReplicaMonitor }): PrismaClient {
  const { name, primary, monitor } = options;
  return replica.$extends({
    query: {
      async $allOperations(params) {
        const { operation, model, args, query } = params;
        // Inside a transaction on the replica every statement must stay on that connection.
        const inTransaction = Boolean((params as unknown as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction);
        if (inTransaction || !READ_OPERATIONS.has(operation)) return query(args);
        if (!monitor.inRotation(name)) {
          metrics.dbReplicaReadsOnPrimary.inc({ replica: name, cause: "out_of_rotation" });
          return runOn(primary, operation, model, args);
        }
        try {
          return await query(args);
        } catch (err) {
          if (isConnectionError(err)) {
            monitor.markDown(name, err);
            metrics.dbReplicaReadsOnPrimary.inc({ replica: name, cause: "connection_error" });
            return runOn(primary, operation, model, args);
          }
          // Every connection to this replica stayed busy for the whole wait: the replica is not down,
          // so it stays in rotation, but this read is not made to fail for it.
          if (isPoolWaitTimeout(err)) {
            metrics.dbReplicaReadsOnPrimary.inc({ replica: name, cause: "pool_timeout" });
            return runOn(primary, operation, model, args);
          }
          throw err;
        }
      },
    },
  }) as unknown as PrismaClient;
}
