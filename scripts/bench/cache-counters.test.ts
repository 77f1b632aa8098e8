import { describe, expect, it } from "vitest";
import { addCounters, cacheUse, parseCacheCounters } from "./cache-counters";

const metrics = (hit: number, miss: number, catalogHit: number) =>
  [
    "# HELP cache_requests_total Cache lookups by cache name and result (hit, miss, error, bypass)",
    "# TYPE cache_requests_total counter",
    `cache_requests_total{cache="dashboard",result="hit"} ${hit}`,
    `cache_requests_total{cache="dashboard",result="miss"} ${miss}`,
    `cache_requests_total{cache="catalog",result="hit"} ${catalogHit}`,
    'http_request_duration_seconds_bucket{le="0.005",route="/api/v1/dashboard",method="GET",status="200"} 12',
  ].join("\n");

describe("cache counters from /api/metrics", () => {
  it("reads cache_requests_total by cache and result, and nothing else", () => {
    expect(parseCacheCounters(metrics(5, 2, 7))).toEqual({ dashboard: { hit: 5, miss: 2 }, catalog: { hit: 7 } });
  });

  it("reports what one cache served between two readings", () => {
    const use = cacheUse(parseCacheCounters(metrics(100, 20, 0)), parseCacheCounters(metrics(1_050, 70, 9)), "dashboard");
    expect(use).toEqual({ hit: 950, miss: 50, error: 0, bypass: 0, hitRate: 0.95 });
  });

  it("counts errors (Redis unreachable) against the hit rate, and sums every cache when none is named", () => {
    const before = parseCacheCounters(metrics(0, 0, 0));
    const after = parseCacheCounters(`${metrics(8, 0, 2)}\ncache_requests_total{cache="dashboard",result="error"} 2`);
    expect(cacheUse(before, after, "dashboard").hitRate).toBeCloseTo(0.8);
    expect(cacheUse(before, after)).toMatchObject({ hit: 10, error: 2 });
  });

  it("has no hit rate when the cache was not asked at all (cache switched off)", () => {
    expect(cacheUse({}, {}, "dashboard").hitRate).toBeNull();
  });

  it("adds up several instances' counters", () => {
    expect(addCounters([parseCacheCounters(metrics(5, 2, 7)), parseCacheCounters(metrics(1, 0, 0)), {}])).toEqual({
      dashboard: { hit: 6, miss: 2 },
      catalog: { hit: 7 },
    });
  });
});
