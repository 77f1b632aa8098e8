import { addCounters, cacheUse, readCacheCounters, type CacheCounters, type CacheUse } from "./cache-counters";
import { startCpuMonitor, type CpuContext, type CpuUse } from "./cpu-sampler";
import { loggedProblems, type BenchServer, type LoggedProblem } from "./bench-server";

export type Observed<T> = {
  value: T;
  /** The named cache's lookups; `allCaches`: every cache together; `caches`: each cache that was asked. */
  cache: CacheUse;
  allCaches: CacheUse;
  caches: Record<string, CacheUse>;
  cpu: CpuUse | null;
  /** Warnings and errors the server logged meanwhile. */
  problems: LoggedProblem[];
};

function byCache(before: CacheCounters, after: CacheCounters): Record<string, CacheUse> {
  const out: Record<string, CacheUse> = {};
  for (const name of Object.keys(after)) {
    const use = cacheUse(before, after, name);
    if (use.hit + use.miss + use.error > 0) out[name] = use;
  }
  return out;
}

/** "dashboard 950 hit / 50 miss / 2 error" for each cache asked, for a report's notes. */
export function describeCaches(caches: Record<string, CacheUse>): string {
  return Object.entries(caches)
    .map(([name, u]) => `${name} ${u.hit} hit / ${u.miss} miss${u.error ? ` / ${u.error} error` : ""}`)
    .join("; ");
}

/**
 * Runs `work` against `servers` (one instance, or several behind the load generator) and reports what
 * their caches served, where the CPU went and what they logged.
 */
export async function observeRun<T>(
  servers: BenchServer[],
  cpu: Omit<CpuContext, "appPgids">,
  cores: number,
  cacheName: string,
  work: () => Promise<T>,
): Promise<Observed<T>> {
  const counters = async () => addCounters(await Promise.all(servers.map((s) => readCacheCounters(s.origin, s.metricsToken))));
  const countersBefore = await counters();
  const offsets = servers.map((s) => loggedProblems(s).offset);
  const monitor = startCpuMonitor({ ...cpu, appPgids: servers.flatMap((s) => (s.process.pid ? [s.process.pid] : [])) }, cores);
  const value = await work();
  const cpuUse = monitor?.stop() ?? null;
  const countersAfter = await counters();
  return {
    value,
    cache: cacheUse(countersBefore, countersAfter, cacheName),
    allCaches: cacheUse(countersBefore, countersAfter),
    caches: byCache(countersBefore, countersAfter),
    cpu: cpuUse,
    problems: servers.flatMap((s, i) => loggedProblems(s, offsets[i]).problems).sort((a, b) => b.count - a.count),
  };
}
