import type { Redis } from "ioredis";
import { isRedisUsable, redis as appRedis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { bucketIndex } from "@/lib/observability/latency-histogram";

// Prometheus (/api/metrics) sees one instance at a time; the admin system page needs every instance at
// once without a Prometheus server. So each instance also adds up its requests per minute in memory
// and every few seconds HINCRBYs the sums into one Redis hash per minute, which all instances share:
//   stats:req:<minute>   "<METHOD> <route>|n"     requests
//                        "<METHOD> <route>|e"     5xx responses
//                        "<METHOD> <route>|b<i>"  responses in latency bucket i (latency-histogram.ts)
//                        "cache:<name>|<result>"  cache lookups (hit, miss, error, bypass)
//                        "gauge:<name>|sum", "gauge:<name>|n"  samples of a gauge (integers)
// Sums commute, so any number of instances can flush into the same minute in any order.

export const STATS_KEY_TTL_SECONDS = 2 * 60 * 60;
export const statsKey = (minute: number) => `stats:req:${minute}`;
export const minuteOf = (ms: number) => Math.floor(ms / 60_000);

/** More distinct routes than this in one minute are counted as "other" (ids in unknown paths). */
const MAX_ROUTES_PER_MINUTE = 300;
const OTHER_ROUTE = "other";

export type CacheResult = "hit" | "miss" | "error" | "bypass";

type RequestStatsOptions = {
  redis: Redis;
  flushIntervalMs?: number;
  now?: () => number;
};

export type RequestStats = {
  recordRequest(route: string, method: string, status: number, durationMs: number): void;
  recordCache(cache: string, result: CacheResult): void;
  /** One sample of a gauge (e.g. a replica's lag in ms); the page shows the per-minute mean. */
  recordGauge(name: string, value: number): void;
  /** Writes what was recorded since the last flush; never throws (the numbers are best effort). */
  flush(): Promise<void>;
  /** Flushes every `flushIntervalMs` from now on (the timer never keeps a process alive). */
  start(): void;
  stop(): Promise<void>;
};

export function createRequestStats({ redis, flushIntervalMs = 10_000, now = Date.now }: RequestStatsOptions): RequestStats {
  let pending = new Map<number, Map<string, number>>();
  const routesByMinute = new Map<number, Set<string>>();
  let timer: NodeJS.Timeout | null = null;
  let failing = false;

  const add = (minute: number, field: string, by: number) => {
    let fields = pending.get(minute);
    if (!fields) pending.set(minute, (fields = new Map()));
    fields.set(field, (fields.get(field) ?? 0) + by);
  };

  const routeKey = (minute: number, route: string, method: string) => {
    let routes = routesByMinute.get(minute);
    if (!routes) routesByMinute.set(minute, (routes = new Set()));
    const key = `${method} ${route}`;
    if (routes.has(key)) return key;
    if (routes.size >= MAX_ROUTES_PER_MINUTE) return OTHER_ROUTE;
    routes.add(key);
    return key;
  };

  async function flush(): Promise<void> {
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    // The route cap is per minute, not per flush: forget only minutes that are over.
    const current = minuteOf(now());
    for (const minute of routesByMinute.keys()) if (minute < current) routesByMinute.delete(minute);
    // Lost, not retried: a pipeline that failed half-way may have applied part of its increments, and
    // a retry would count those twice. Request stats during a Redis outage are not worth that.
    if (!isRedisUsable(redis)) return;
    const pipeline = redis.pipeline();
    for (const [minute, fields] of batch) {
      const key = statsKey(minute);
      for (const [field, value] of fields) pipeline.hincrby(key, field, value);
      pipeline.expire(key, STATS_KEY_TTL_SECONDS);
    }
    try {
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([err]) => err);
      if (failed) throw failed[0];
      if (failing) logger.info("request stats flushing again");
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err: (err as Error).message }, "request stats could not be flushed to redis");
      failing = true;
    }
  }

  return {
    recordRequest(route, method, status, durationMs) {
      const minute = minuteOf(now());
      const key = routeKey(minute, route, method);
      add(minute, `${key}|n`, 1);
      if (status >= 500) add(minute, `${key}|e`, 1);
      add(minute, `${key}|b${bucketIndex(durationMs)}`, 1);
    },
    recordCache(cache, result) {
      add(minuteOf(now()), `cache:${cache}|${result}`, 1);
    },
    recordGauge(name, value) {
      if (!Number.isFinite(value)) return;
      const minute = minuteOf(now());
      add(minute, `gauge:${name}|sum`, Math.round(value));
      add(minute, `gauge:${name}|n`, 1);
    },
    flush,
    start() {
      if (timer) return;
      timer = setInterval(() => void flush(), flushIntervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}

const globalForStats = globalThis as unknown as { ibReviseRequestStats?: RequestStats };

function appRequestStats(): RequestStats {
  if (!globalForStats.ibReviseRequestStats) {
    const stats = createRequestStats({ redis: appRedis });
    stats.start();
    globalForStats.ibReviseRequestStats = stats;
  }
  return globalForStats.ibReviseRequestStats;
}

/** The instance's recorder (created and started on first use; one per process). */
export const requestStats: RequestStats = {
  recordRequest: (...args) => appRequestStats().recordRequest(...args),
  recordCache: (...args) => appRequestStats().recordCache(...args),
  recordGauge: (...args) => appRequestStats().recordGauge(...args),
  flush: () => appRequestStats().flush(),
  start: () => appRequestStats().start(),
  stop: () => appRequestStats().stop(),
};
