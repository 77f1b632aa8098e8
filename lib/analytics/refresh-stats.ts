import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { db } from "@/lib/db/prisma";
import { redis as appRedis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { STATS_VIEWS, type StatsView } from "@/lib/analytics/stats-views";

export const STATS_REFRESH_LOCK_KEY = "stats:refresh-lock";
export const STATS_LAST_REFRESH_KEY = "stats:last-refresh";

// Longer than one view's refresh ever should take (3 s each on the 5M-attempt seed); renewed before
// each view, so a long run keeps it and a crashed holder frees it within this time.
const LOCK_TTL_MS = 10 * 60_000;
// Every view scans attempts with DISTINCT counts: with the 4 MB default they spill to disk (3-4x slower).
const REFRESH_WORK_MEM = "64MB";
// A refresh must never be cut short by the interactive-transaction default of 5 s.
const REFRESH_TIMEOUT_MS = 10 * 60_000;

// Only the holder may renew or release the lock, never a later holder after ours expired.
const RENEW_LOCK = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE_LOCK = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export type ViewRefresh = { view: StatsView; ms: number; ok: boolean; error?: string };

export type RefreshSummary =
  | { status: "refreshed"; startedAt: string; finishedAt: string; totalMs: number; views: ViewRefresh[] }
  | { status: "skipped"; reason: "locked" | "redis-unavailable" };

type RefreshOptions = { redis?: Redis };

/**
 * Refreshes every stats_* view CONCURRENTLY (readers are never blocked), one at a time so a refresh
 * never holds more than one attempts scan's worth of memory and I/O. A Redis lock (SET NX PX) makes
 * sure only one instance refreshes at a time: the others return "skipped" at once instead of queueing
 * behind PostgreSQL's own lock and then redoing the same work. A view that fails is logged and
 * reported; the others are still refreshed.
 */
export async function refreshStats({ redis = appRedis }: RefreshOptions = {}): Promise<RefreshSummary> {
  const token = randomUUID();
  let acquired: boolean;
  try {
    acquired = (await redis.set(STATS_REFRESH_LOCK_KEY, token, "PX", LOCK_TTL_MS, "NX")) === "OK";
  } catch (err) {
    // Without Redis we cannot know whether another instance is refreshing; the next run will.
    logger.warn({ err: (err as Error).message }, "stats refresh skipped: redis unavailable");
    return { status: "skipped", reason: "redis-unavailable" };
  }
  if (!acquired) return { status: "skipped", reason: "locked" };

  const startedAt = new Date();
  const views: ViewRefresh[] = [];
  try {
    for (const view of STATS_VIEWS) {
      const renewed = await redis.eval(RENEW_LOCK, 1, STATS_REFRESH_LOCK_KEY, token, String(LOCK_TTL_MS)).catch(() => null);
      if (renewed === 0) {
        // Our lock expired and another instance may hold it now: leave the rest to that one.
        logger.warn({ view }, "stats refresh lock lost, stopping");
        break;
      }
      views.push(await refreshView(view));
    }
  } finally {
    await redis.eval(RELEASE_LOCK, 1, STATS_REFRESH_LOCK_KEY, token).catch(() => undefined);
  }
  const finishedAt = new Date();
  const summary: RefreshSummary = {
    status: "refreshed",
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalMs: finishedAt.getTime() - startedAt.getTime(),
    views,
  };
  logger.info({ totalMs: summary.totalMs, views: Object.fromEntries(views.map((v) => [v.view, v.ok ? v.ms : v.error])) }, "stats views refreshed");
  await redis.set(STATS_LAST_REFRESH_KEY, JSON.stringify(summary), "EX", 7 * 86_400).catch(() => undefined);
  return summary;
}

async function refreshView(view: StatsView): Promise<ViewRefresh> {
  const started = performance.now();
  try {
    // SET LOCAL needs a transaction; REFRESH ... CONCURRENTLY is allowed inside one. The view name comes
    // from STATS_VIEWS, never from input.
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${REFRESH_WORK_MEM}'`);
        await tx.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
      },
      { timeout: REFRESH_TIMEOUT_MS, maxWait: 10_000 },
    );
    return { view, ms: Math.round(performance.now() - started), ok: true };
  } catch (err) {
    logger.error({ err, view }, "stats view refresh failed");
    return { view, ms: Math.round(performance.now() - started), ok: false, error: (err as Error).message };
  }
}

/** The last completed refresh (any instance), or null when none is recorded or Redis is unavailable. */
export async function getLastRefresh({ redis = appRedis }: RefreshOptions = {}): Promise<Extract<RefreshSummary, { status: "refreshed" }> | null> {
  try {
    const raw = await redis.get(STATS_LAST_REFRESH_KEY);
    return raw ? (JSON.parse(raw) as Extract<RefreshSummary, { status: "refreshed" }>) : null;
  } catch {
    return null;
  }
}
