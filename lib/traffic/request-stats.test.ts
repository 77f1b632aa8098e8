import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRedisClient, redis } from "@/lib/redis/redis-client";
import { LATENCY_BUCKETS_MS, bucketIndex, emptyHistogram, histogramQuantile } from "@/lib/observability/latency-histogram";
import { readRequestStats } from "@/lib/traffic/read-request-stats";
import { STATS_KEY_TTL_SECONDS, createRequestStats, minuteOf, statsKey } from "@/lib/traffic/request-stats";
import { unreachableRedis } from "@/lib/test-support/redis";

// A minute far in the future that no running server writes to, so the window holds only this test's data.
const testMinute = () => minuteOf(Date.now()) + 1_000_000 + Math.floor(Math.random() * 1_000_000);
const secondClient = () => createRedisClient(process.env.REDIS_URL!, { keyPrefix: process.env.REDIS_KEY_PREFIX });

describe("percentiles from a fixed-bucket histogram", () => {
  it("puts a duration in the first bucket whose bound holds it, and the slowest in the open bucket", () => {
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(1)).toBe(0);
    expect(bucketIndex(1.01)).toBe(1);
    expect(bucketIndex(100)).toBe(LATENCY_BUCKETS_MS.indexOf(100));
    expect(bucketIndex(60_000)).toBe(LATENCY_BUCKETS_MS.length);
  });

  it("interpolates inside the bucket that holds the rank", () => {
    const h = emptyHistogram();
    h[bucketIndex(4)] = 90; // (2, 5] ms
    h[bucketIndex(80)] = 10; // (75, 100] ms
    expect(histogramQuantile(h, 0.5)).toBeCloseTo(2 + (3 * 50) / 90, 6);
    expect(histogramQuantile(h, 0.9)).toBeCloseTo(5, 6);
    expect(histogramQuantile(h, 0.95)).toBeCloseTo(75 + (25 * 5) / 10, 6);
    expect(histogramQuantile(h, 0.99)).toBeCloseTo(75 + (25 * 9) / 10, 6);
  });

  it("is null without observations and reports the open bucket as the largest bound", () => {
    expect(histogramQuantile(emptyHistogram(), 0.5)).toBeNull();
    const h = emptyHistogram();
    h[0] = 1;
    h[LATENCY_BUCKETS_MS.length] = 99;
    expect(histogramQuantile(h, 0.99)).toBe(10_000);
    expect(histogramQuantile(h, 0.005)).toBeCloseTo(0.5, 6);
  });
});

describe("request stats across instances (real Redis)", () => {
  it("merges what two instances flushed into one minute: counts, 5xx, percentiles, cache hit rate", async () => {
    const minute = testMinute();
    const now = () => minute * 60_000 + 30_000;
    const route = `/api/v1/test-${randomUUID()}`;
    const other = secondClient();
    // Two recorders with their own memory and connection: two app instances sharing one Redis.
    const a = createRequestStats({ redis, now });
    const b = createRequestStats({ redis: other, now });
    for (let i = 0; i < 60; i++) a.recordRequest(route, "GET", 200, 4);
    for (let i = 0; i < 30; i++) b.recordRequest(route, "GET", 200, 4);
    for (let i = 0; i < 10; i++) b.recordRequest(route, "GET", 503, 80);
    b.recordRequest(route, "POST", 201, 12);
    a.recordCache("dashboard", "hit");
    a.recordCache("dashboard", "hit");
    b.recordCache("dashboard", "hit");
    b.recordCache("dashboard", "miss");
    a.recordGauge("replica-lag-ms:test", 100);
    b.recordGauge("replica-lag-ms:test", 300);
    await Promise.all([a.flush(), b.flush()]);

    expect(await redis.ttl(statsKey(minute))).toBeGreaterThan(STATS_KEY_TTL_SECONDS - 60);
    const stats = await readRequestStats({ redis, minutes: 3, now: now() + 60_000 });
    const get = stats.routes.find((r) => r.route === `GET ${route}`);
    expect(get).toMatchObject({ requests: 100, errors: 10, errorRate: 0.1 });
    expect(get!.p50Ms).toBeCloseTo(2 + (3 * 50) / 90, 6);
    expect(get!.p95Ms).toBeCloseTo(87.5, 6);
    expect(get!.p99Ms).toBeCloseTo(97.5, 6);
    expect(stats.routes.find((r) => r.route === `POST ${route}`)).toMatchObject({ requests: 1, errors: 0 });
    expect(stats.caches).toEqual([{ cache: "dashboard", hits: 3, misses: 1, errors: 0, hitRate: 0.75 }]);
    expect(stats.totals).toMatchObject({ requests: 101, errors: 10, cacheHitRate: 0.75 });

    // One point per minute, the empty ones included, oldest first.
    expect(stats.series.map((m) => m.at)).toEqual([minute - 1, minute, minute + 1].map((m) => new Date(m * 60_000).toISOString()));
    expect(stats.series[1]).toMatchObject({ requests: 101, errors: 10, cacheHits: 3, cacheLookups: 4, gauges: { "replica-lag-ms:test": 200 } });
    expect(stats.series[0]).toMatchObject({ requests: 0, p95Ms: null });
    other.disconnect();
  });

  it("adds a second flush of the same minute to the first instead of replacing it", async () => {
    const minute = testMinute();
    const now = () => minute * 60_000;
    const route = `/api/v1/test-${randomUUID()}`;
    const stats = createRequestStats({ redis, now });
    stats.recordRequest(route, "GET", 200, 3);
    await stats.flush();
    stats.recordRequest(route, "GET", 500, 3);
    await stats.flush();
    await stats.flush(); // nothing new: writes nothing
    const read = await readRequestStats({ redis, minutes: 1, now: now() });
    expect(read.routes).toEqual([expect.objectContaining({ route: `GET ${route}`, requests: 2, errors: 1 })]);
  });

  it("keeps recording, and never throws, while its Redis is unreachable", async () => {
    const dead = await unreachableRedis();
    const stats = createRequestStats({ redis: dead });
    stats.recordRequest("/api/v1/x", "GET", 200, 1);
    await expect(stats.flush()).resolves.toBeUndefined();
    stats.recordRequest("/api/v1/x", "GET", 200, 1);
    await expect(stats.stop()).resolves.toBeUndefined();
    dead.disconnect();
  });
});
