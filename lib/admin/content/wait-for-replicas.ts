import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

const POLL_MS = 20;

/**
 * Waits until every read replica has replayed the primary's WAL up to now, so that reads made after it
 * returns (by anyone, on any replica) see the writes made before it. Content writes call it before
 * dropping caches: dropping first would let a request on a lagging replica refill a cache with the old
 * content for the cache's whole TTL. Gives up after `timeoutMs` (a replica that far behind is an
 * operational problem, logged here) and reports whether the replicas caught up.
 */
export async function waitForReplicas(timeoutMs = 2_000): Promise<boolean> {
  if (!env.DATABASE_REPLICA_URLS.length) return true;
  const [{ lsn } = { lsn: "0/0" }] = await db.$primary().$queryRaw<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await replicasReached(lsn)) return true;
    if (Date.now() >= deadline) {
      logger.warn({ lsn, timeoutMs }, "read replicas did not catch up after a content write");
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function replicasReached(lsn: string): Promise<boolean> {
  // The primary knows how far each streaming standby has replayed: one query covers them all.
  const [standbys] = await db.$primary().$queryRaw<{ total: number; unknown: number; behind: number }[]>`
    select count(*)::int as total,
           count(*) filter (where replay_lsn is null)::int as unknown,
           count(*) filter (where replay_lsn < ${lsn}::pg_lsn)::int as behind
    from pg_stat_replication`;
  if (standbys && standbys.total > 0 && standbys.unknown === 0) return standbys.behind === 0;
  // Standbys the primary does not list (cascading replication, or a role without pg_read_all_stats to
  // see replay positions): ask a replica itself.
  const [replica] = await db.$replica().$queryRaw<{ ok: boolean }[]>`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, true) as ok`;
  return replica?.ok ?? true;
}
