import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "@/lib/cache/cache-aside";
import { createRedisClient, redis } from "@/lib/redis/redis-client";
import { metrics } from "@/lib/observability/metrics";

const policy = { cache: "test", ttlSeconds: 60 };
const key = () => `test:${randomUUID()}`;
const counter = () => {
  let calls = 0;
  return {
    compute: async <T>(value: T, delayMs = 0) => {
      calls += 1;
      await new Promise((r) => setTimeout(r, delayMs));
      return value;
    },
    calls: () => calls,
  };
};
const cacheMetric = async (result: string) =>
  (await metrics.cacheRequests.get()).values.find((v) => v.labels.cache === "test" && v.labels.result === result)?.value ?? 0;

/**
 * A source whose content a write changes while the first computation is under way: that computation
 * reads the old content, then waits until `release()` (after the write has invalidated the key) to
 * return it. Later computations read whatever the content is then.
 */
const sourceChangedMidRead = () => {
  const state = { content: "before the write", reads: 0 };
  let release!: () => void;
  const readDone = new Promise<void>((resolve) => (release = resolve));
  const compute = async () => {
    state.reads += 1;
    const read = state.content;
    if (state.reads === 1) await readDone;
    return read;
  };
  return { state, compute, release: () => release() };
};
/**
 * A cache with its own in-process state and Redis connection: two of them model two app instances sharing
 * one Redis. Its client waits longer than the app's 250 ms for a reply: a command timing out on a loaded
 * machine rightly computes without the lock (degraded mode), which is not what these tests are about.
 */
const appInstance = (options: { lockMs?: number } = {}) =>
  createCache({
    redis: createRedisClient(process.env.REDIS_URL!, { keyPrefix: process.env.REDIS_KEY_PREFIX, commandTimeoutMs: 5_000 }),
    enabled: true,
    ...options,
  });

describe("cache-aside on the real Redis", () => {
  const cache = createCache({ redis, enabled: true });

  it("gives a value as UTF-8 JSON bytes, the same whether computed, cached, bypassed or null", async () => {
    const value = { name: 'Zoë "quoted" \u2028 ∑', list: [1, 2.5, null, { deep: true }], empty: {}, when: "2030-01-01T00:00:00.000Z" };
    const k = key();
    const json = async (k: string, compute: () => Promise<unknown>, c = cache) => (await c.getOrComputeJsonBytes(k, policy, compute)).toString("utf8");
    expect(await json(k, async () => value)).toBe(JSON.stringify(value));
    expect(await redis.get(k)).not.toBeNull();
    expect(await json(k, async () => ({ other: 1 }))).toBe(JSON.stringify(value));
    expect(await cache.getOrCompute(k, policy, async () => ({ other: 1 }))).toEqual(value);
    expect(await json(key(), async () => value, createCache({ redis, enabled: false }))).toBe(JSON.stringify(value));
    const nullKey = key();
    expect(await json(nullKey, async () => null)).toBe("null");
    expect(await json(nullKey, async () => 1)).toBe("null");
  });

  it("computes on a miss, then serves the stored value without computing", async () => {
    const k = key();
    const c = counter();
    const hitsBefore = await cacheMetric("hit");
    expect(await cache.getOrCompute(k, policy, () => c.compute({ n: 1, at: "x" }))).toEqual({ n: 1, at: "x" });
    expect(await cache.getOrCompute(k, policy, () => c.compute({ n: 2, at: "y" }))).toEqual({ n: 1, at: "x" });
    expect(c.calls()).toBe(1);
    expect(await redis.ttl(k)).toBeGreaterThan(50);
    expect(await cacheMetric("hit")).toBe(hitsBefore + 1);
  });

  it("caches null and falsy values instead of recomputing them", async () => {
    const k = key();
    const c = counter();
    await cache.getOrCompute(k, policy, () => c.compute(null));
    expect(await cache.getOrCompute(k, policy, () => c.compute("later"))).toBeNull();
    expect(c.calls()).toBe(1);
  });

  it("recomputes after the TTL expires", async () => {
    const k = key();
    const c = counter();
    const short = { cache: "test", ttlSeconds: 1 };
    await cache.getOrCompute(k, short, () => c.compute("first"));
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await cache.getOrCompute(k, short, () => c.compute("second"))).toBe("second");
    expect(c.calls()).toBe(2);
  });

  it("recomputes after invalidation", async () => {
    const k = key();
    const c = counter();
    await cache.getOrCompute(k, policy, () => c.compute("old"));
    await cache.invalidate(k);
    expect(await cache.getOrCompute(k, policy, () => c.compute("new"))).toBe("new");
  });

  it("computes once for 50 concurrent misses on one key, across two app instances", async () => {
    const k = key();
    const c = counter();
    const [one, two] = [appInstance(), appInstance()];
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? one : two).getOrCompute(k, policy, () => c.compute("value", 150))));
    expect(new Set(results)).toEqual(new Set(["value"]));
    expect(c.calls()).toBe(1);
  });

  it("never stores a value computed across an invalidation: the computation answers with the content after the write", async () => {
    const k = key();
    const source = sourceChangedMidRead();
    const pending = cache.getOrCompute(k, policy, source.compute);
    await expect.poll(() => source.state.reads).toBe(1);
    source.state.content = "after the write";
    await cache.invalidate(k);
    source.release();

    expect(await pending).toBe("after the write");
    expect(source.state.reads).toBe(2);
    expect(await cache.getOrCompute(k, policy, source.compute)).toBe("after the write");
    expect(JSON.parse((await redis.get(k))!)).toEqual({ v: "after the write" });
  });

  it("an instance waiting on another's computation gets the content after a write that invalidated it", async () => {
    const k = key();
    const [one, two] = [appInstance(), appInstance()];
    const source = sourceChangedMidRead();
    const holder = one.getOrCompute(k, policy, source.compute);
    await expect.poll(() => source.state.reads).toBe(1);
    const waiter = two.getOrCompute(k, policy, source.compute);
    source.state.content = "after the write";
    await one.invalidate(k);
    source.release();
    expect(await Promise.all([holder, waiter])).toEqual(["after the write", "after the write"]);
  });

  it("a waiter computes as soon as the lock holder finishes without storing, instead of waiting out the lock", async () => {
    const k = key();
    // A lock far longer than the test's timeout: waiting it out would fail the test.
    const [one, two] = [appInstance({ lockMs: 120_000 }), appInstance({ lockMs: 120_000 })];
    const c = counter();
    const uncached = { ...policy, cacheNull: false };
    const holder = one.getOrCompute(k, uncached, () => c.compute(null, 200));
    await expect.poll(() => c.calls()).toBe(1);
    const waiter = two.getOrCompute(k, uncached, () => c.compute(null));
    expect(await Promise.all([holder, waiter])).toEqual([null, null]);
    expect(c.calls()).toBe(2);
  });

  it("bypasses Redis entirely when caching is switched off", async () => {
    const off = createCache({ redis, enabled: false });
    const k = key();
    const c = counter();
    await off.getOrCompute(k, policy, () => c.compute(1));
    await off.getOrCompute(k, policy, () => c.compute(1));
    expect(c.calls()).toBe(2);
    expect(await redis.exists(k)).toBe(0);
  });
});

describe("cache-aside when Redis fails", () => {
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    const probe = createRedisClient(`redis://127.0.0.1:${port}`);
    for (let i = 0; i < 50 && probe.status !== "ready"; i++) await new Promise((r) => setTimeout(r, 100));
    probe.disconnect();
  });
  afterAll(() => {
    server.kill("SIGKILL");
  });

  it("still answers from the source when its Redis server is stopped, and counts the failure", async () => {
    const client = createRedisClient(`redis://127.0.0.1:${port}`, { commandTimeoutMs: 100 });
    const cache = createCache({ redis: client, enabled: true });
    const k = key();
    const c = counter();
    await cache.getOrCompute(k, policy, () => c.compute("cached"));
    expect(await cache.getOrCompute(k, policy, () => c.compute("unused"))).toBe("cached");

    const errorsBefore = await cacheMetric("error");
    server.kill("SIGKILL");
    await new Promise((r) => server.once("exit", r));

    const started = performance.now();
    expect(await cache.getOrCompute(k, policy, () => c.compute("from-source"))).toBe("from-source");
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await cacheMetric("error")).toBeGreaterThan(errorsBefore);
    await expect(cache.invalidate(k)).resolves.toBeUndefined();
    client.disconnect();
  });

  it("gives up on a Redis that hangs after the command timeout", async () => {
    // A TCP server that accepts connections and never answers: the worst kind of slow.
    const silent = createServer((socket) => socket.on("data", () => undefined));
    const silentPort = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as { port: number }).port)));
    const client = createRedisClient(`redis://127.0.0.1:${silentPort}`, { commandTimeoutMs: 100 });
    // Whether the client is stuck in its ready check or waiting for a reply, the answer must come in bounded time.
    await new Promise((r) => setTimeout(r, 200));
    const cache = createCache({ redis: client, enabled: true });
    const started = performance.now();
    expect(await cache.getOrCompute(key(), policy, async () => "answered")).toBe("answered");
    expect(performance.now() - started).toBeLessThan(1_000);
    client.disconnect();
    silent.close();
  });
});
