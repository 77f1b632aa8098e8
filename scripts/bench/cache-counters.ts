/** Cache lookups by cache name and result, as the server's /api/metrics counts them. */
export type CacheCounters = Record<string, Record<string, number>>;

/** Reads `cache_requests_total{cache="…",result="…"} n` lines from Prometheus text. */
export function parseCacheCounters(text: string): CacheCounters {
  const counters: CacheCounters = {};
  for (const m of text.matchAll(/^cache_requests_total\{([^}]*)\} (\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/gm)) {
    const labels = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1]!, l[2]!]));
    if (!labels.cache || !labels.result) continue;
    (counters[labels.cache] ??= {})[labels.result] = Number(m[2]);
  }
  return counters;
}

/** Several instances' counters as one (each instance counts only its own lookups). */
export function addCounters(all: CacheCounters[]): CacheCounters {
  const sum: CacheCounters = {};
  for (const counters of all) {
    for (const [cache, results] of Object.entries(counters)) {
      for (const [result, n] of Object.entries(results)) (sum[cache] ??= {})[result] = (sum[cache]?.[result] ?? 0) + n;
    }
  }
  return sum;
}

export async function readCacheCounters(origin: string, metricsToken: string): Promise<CacheCounters> {
  const res = await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  if (!res.ok) throw new Error(`/api/metrics answered ${res.status}: is METRICS_TOKEN the server's?`);
  return parseCacheCounters(await res.text());
}

export type CacheUse = { hit: number; miss: number; error: number; bypass: number; hitRate: number | null };

/** What one cache (or all of them) served between two readings; the hit rate counts errors as misses. */
export function cacheUse(before: CacheCounters, after: CacheCounters, cache?: string): CacheUse {
  const names = cache ? [cache] : [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const delta = (result: string) => names.reduce((sum, n) => sum + (after[n]?.[result] ?? 0) - (before[n]?.[result] ?? 0), 0);
  const [hit, miss, error, bypass] = [delta("hit"), delta("miss"), delta("error"), delta("bypass")];
  const lookups = hit + miss + error;
  return { hit, miss, error, bypass, hitRate: lookups ? hit / lookups : null };
}
