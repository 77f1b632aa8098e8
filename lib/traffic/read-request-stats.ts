import type { Redis } from "ioredis";
import { emptyHistogram, histogramQuantile } from "@/lib/observability/latency-histogram";
import { minuteOf, statsKey } from "@/lib/traffic/request-stats";

// Reads back what every instance flushed (see request-stats.ts) and merges it: per route over the whole
// window, and per minute for the charts. Percentiles come from the merged histograms, never from
// averaging instances' percentiles (which has no meaning).

export type Percentiles = { p50Ms: number | null; p95Ms: number | null; p99Ms: number | null };
export type RouteStats = Percentiles & { route: string; requests: number; errors: number; errorRate: number };
export type CacheStats = { cache: string; hits: number; misses: number; errors: number; hitRate: number | null };
export type MinuteStats = Percentiles & {
  /** Start of the minute, ISO. */
  at: string;
  requests: number;
  errors: number;
  cacheHits: number;
  /** Hits, misses and lookups Redis failed (bypasses, with caching switched off, are not lookups). */
  cacheLookups: number;
  /** Mean of each gauge's samples in the minute (absent: no sample). */
  gauges: Record<string, number>;
};
export type RequestStatsWindow = {
  from: string;
  to: string;
  totals: Percentiles & { requests: number; errors: number; errorRate: number; cacheHitRate: number | null };
  /** Busiest first. */
  routes: RouteStats[];
  caches: CacheStats[];
  /** Oldest first, one per minute, including minutes without traffic. */
  series: MinuteStats[];
};

const percentiles = (histogram: number[]): Percentiles => ({
  p50Ms: histogramQuantile(histogram, 0.5),
  p95Ms: histogramQuantile(histogram, 0.95),
  p99Ms: histogramQuantile(histogram, 0.99),
});

const addInto = (target: number[], source: number[]) => source.forEach((v, i) => (target[i] = (target[i] ?? 0) + v));
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

type RouteAcc = { requests: number; errors: number; histogram: number[] };
type CacheAcc = { hit: number; miss: number; error: number; bypass: number };

/** The last `minutes` minutes (the current, partial one included) of every instance's request stats. */
export async function readRequestStats({
  redis,
  minutes = 60,
  now = Date.now(),
}: {
  redis: Redis;
  minutes?: number;
  now?: number;
}): Promise<RequestStatsWindow> {
  const last = minuteOf(now);
  const window = Array.from({ length: minutes }, (_, i) => last - minutes + 1 + i);
  const pipeline = redis.pipeline();
  for (const minute of window) pipeline.hgetall(statsKey(minute));
  const replies = (await pipeline.exec()) ?? [];

  const routes = new Map<string, RouteAcc>();
  const caches = new Map<string, CacheAcc>();
  const overall = emptyHistogram();
  const series: MinuteStats[] = window.map((minute, i) => {
    const [err, hash] = replies[i] ?? [null, {}];
    if (err) throw err;
    const minuteRoutes = new Map<string, RouteAcc>();
    const gaugeSums = new Map<string, { sum: number; n: number }>();
    let cacheHits = 0;
    let cacheLookups = 0;
    for (const [field, raw] of Object.entries((hash ?? {}) as Record<string, string>)) {
      const cut = field.lastIndexOf("|");
      const name = field.slice(0, cut);
      const kind = field.slice(cut + 1);
      const value = Number(raw);
      if (cut < 0 || !Number.isFinite(value)) continue;
      if (name.startsWith("cache:")) {
        const cache = name.slice("cache:".length);
        const acc = caches.get(cache) ?? { hit: 0, miss: 0, error: 0, bypass: 0 };
        if (kind === "hit" || kind === "miss" || kind === "error" || kind === "bypass") acc[kind] += value;
        caches.set(cache, acc);
        if (kind === "hit") cacheHits += value;
        if (kind === "hit" || kind === "miss" || kind === "error") cacheLookups += value;
      } else if (name.startsWith("gauge:")) {
        const gauge = gaugeSums.get(name.slice("gauge:".length)) ?? { sum: 0, n: 0 };
        if (kind === "sum") gauge.sum += value;
        if (kind === "n") gauge.n += value;
        gaugeSums.set(name.slice("gauge:".length), gauge);
      } else {
        const acc = minuteRoutes.get(name) ?? { requests: 0, errors: 0, histogram: emptyHistogram() };
        if (kind === "n") acc.requests += value;
        else if (kind === "e") acc.errors += value;
        else if (kind.startsWith("b")) {
          const bucket = Number(kind.slice(1));
          if (Number.isInteger(bucket) && bucket >= 0 && bucket < acc.histogram.length) acc.histogram[bucket]! += value;
        }
        minuteRoutes.set(name, acc);
      }
    }

    const minuteHistogram = emptyHistogram();
    let requests = 0;
    let errors = 0;
    for (const [route, acc] of minuteRoutes) {
      const total = routes.get(route) ?? { requests: 0, errors: 0, histogram: emptyHistogram() };
      total.requests += acc.requests;
      total.errors += acc.errors;
      addInto(total.histogram, acc.histogram);
      routes.set(route, total);
      addInto(minuteHistogram, acc.histogram);
      requests += acc.requests;
      errors += acc.errors;
    }
    addInto(overall, minuteHistogram);
    const gauges = Object.fromEntries([...gaugeSums].filter(([, g]) => g.n > 0).map(([name, g]) => [name, g.sum / g.n]));
    return { at: new Date(minute * 60_000).toISOString(), requests, errors, cacheHits, cacheLookups, gauges, ...percentiles(minuteHistogram) };
  });

  const requests = series.reduce((s, m) => s + m.requests, 0);
  const errors = series.reduce((s, m) => s + m.errors, 0);
  const hits = series.reduce((s, m) => s + m.cacheHits, 0);
  const lookups = series.reduce((s, m) => s + m.cacheLookups, 0);
  return {
    from: new Date(window[0]! * 60_000).toISOString(),
    to: new Date((last + 1) * 60_000).toISOString(),
    totals: { requests, errors, errorRate: share(errors, requests) ?? 0, cacheHitRate: share(hits, lookups), ...percentiles(overall) },
    routes: [...routes]
      .map(([route, acc]) => ({
        route,
        requests: acc.requests,
        errors: acc.errors,
        errorRate: share(acc.errors, acc.requests) ?? 0,
        ...percentiles(acc.histogram),
      }))
      .sort((a, b) => b.requests - a.requests || a.route.localeCompare(b.route)),
    caches: [...caches]
      .map(([cache, acc]) => ({ cache, hits: acc.hit, misses: acc.miss, errors: acc.error, hitRate: share(acc.hit, acc.hit + acc.miss + acc.error) }))
      .sort((a, b) => a.cache.localeCompare(b.cache)),
    series,
  };
}
