import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { requestStats } from "@/lib/traffic/request-stats";
import { isRedisUsable, redis } from "@/lib/redis/redis-client";

/** What a cached value is: it goes through JSON, so Dates come back as strings. */
export type CachePolicy = {
  /** Metric label, e.g. "catalog" or "dashboard". */
  cache: string;
  ttlSeconds: number;
  /**
   * false: a null result is returned but not stored, so looking up things that do not exist (made-up
   * slugs from anyone on the internet) leaves no key behind. Default true.
   */
  cacheNull?: boolean;
};

type CacheOptions = {
  redis: Redis;
  enabled: boolean;
  /** How long one computation may hold the per-key lock. */
  lockMs?: number;
  /** How often waiters look for the value the lock holder is computing. */
  pollMs?: number;
};

// Lock release must only delete our own lock, never one a later holder took after ours expired.
const RELEASE_LOCK = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

// A computed value is stored only if no invalidation happened while it was computed: the value was read
// from the database before the write that invalidated it, and storing it after the invalidation would
// serve the old content for the whole TTL. Each invalidation bumps the key's version; a missing version
// reads as "".
const STORE_IF_CURRENT = `local current = redis.call("get", KEYS[2]) or ""
if current ~= ARGV[3] then return 0 end
redis.call("set", KEYS[1], ARGV[1], "EX", ARGV[2])
return 1`;
const versionKey = (key: string) => `ver:${key}`;
// Longer than any computation runs; after it an untouched version key goes, and reads as "" again.
const VERSION_TTL_SECONDS = 60 * 60;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a lookup found: the stored bytes (`{"v":…}` in UTF-8) when it came from Redis, the value when it was
 * computed. Each reader turns it into what it needs, so a hit that is sent on as JSON is never decoded,
 * parsed, serialised or encoded again.
 */
type Found<T> = { stored: Buffer } | { value: T };
const STORED_PREFIX = Buffer.from('{"v":');
const encodeStored = (value: unknown) => JSON.stringify({ v: value });
const valueOf = <T>(found: Found<T>): T => ("value" in found ? found.value : (JSON.parse(found.stored.toString("utf8")) as { v: T }).v);
// JSON.stringify({ v }) is exactly '{"v":' + JSON.stringify(v) + '}', so the value's JSON is a slice of it.
const jsonBytesOf = <T>(found: Found<T>): Buffer => {
  if ("value" in found) return Buffer.from(JSON.stringify(found.value) ?? "null");
  const { stored } = found;
  return stored.subarray(0, STORED_PREFIX.length).equals(STORED_PREFIX) ? stored.subarray(STORED_PREFIX.length, stored.length - 1) : Buffer.from("null");
};

export function createCache({ redis: client, enabled, lockMs = 5_000, pollMs = 25 }: CacheOptions) {
  // Single flight within this process: concurrent callers for one key share one promise, which also
  // holds when Redis is unreachable. The Redis lock below extends that across instances.
  const inflight = new Map<string, Promise<unknown>>();

  const count = (policy: CachePolicy, result: "hit" | "miss" | "error" | "bypass") => {
    metrics.cacheRequests.inc({ cache: policy.cache, result });
    requestStats.recordCache(policy.cache, result);
  };

  const degrade = async <T>(policy: CachePolicy, key: string, err: unknown, compute: () => Promise<T>): Promise<Found<T>> => {
    count(policy, "error");
    logger.warn({ cache: policy.cache, key, err: (err as Error)?.message }, "cache unavailable, computing from source");
    return { value: await compute() };
  };

  async function lookup<T>(key: string, policy: CachePolicy, compute: () => Promise<T>): Promise<Found<T>> {
    if (!isRedisUsable(client)) return degrade(policy, key, new Error(`redis is ${client.status}`), compute);
    let stored: Buffer | null;
    try {
      stored = await client.getBuffer(key);
    } catch (err) {
      return degrade(policy, key, err, compute);
    }
    if (stored !== null) {
      count(policy, "hit");
      return { stored };
    }
    count(policy, "miss");

    const lockKey = `lock:${key}`;
    const token = randomUUID();
    let acquired: boolean;
    try {
      acquired = (await client.set(lockKey, token, "PX", lockMs, "NX")) === "OK";
    } catch (err) {
      return degrade(policy, key, err, compute);
    }

    if (!acquired) {
      // Another instance is computing this key: wait for its result rather than stampede the database.
      for (let waited = 0; waited < lockMs; waited += pollMs) {
        await sleep(pollMs);
        let value: Buffer | null | undefined, lock: Buffer | null | undefined;
        try {
          [value, lock] = await client.mgetBuffer(key, lockKey);
        } catch (err) {
          return degrade(policy, key, err, compute);
        }
        if (value != null) return { stored: value };
        // The holder finished without storing (a null it does not cache, or a value an invalidation
        // made stale) or died: compute now rather than wait out the lock.
        if (lock == null) break;
      }
      return { value: await compute() };
    }

    try {
      // A value computed while the key was invalidated is known to be old: compute once more, so that
      // callers who joined this computation after the write get the new content too.
      for (let attempt = 1; ; attempt++) {
        let version: string;
        try {
          version = (await client.get(versionKey(key))) ?? "";
        } catch (err) {
          return await degrade(policy, key, err, compute);
        }
        const value = await compute();
        if (value === null && policy.cacheNull === false) return { value };
        const text = encodeStored(value);
        let kept: boolean;
        try {
          kept = (await client.eval(STORE_IF_CURRENT, 2, key, versionKey(key), text, policy.ttlSeconds, version)) === 1;
        } catch (err) {
          count(policy, "error");
          logger.warn({ cache: policy.cache, key, err: (err as Error).message }, "cache write failed");
          return { value };
        }
        if (kept || attempt === 2) return { value };
      }
    } finally {
      client.eval(RELEASE_LOCK, 1, lockKey, token).catch(() => undefined);
    }
  }

  async function find<T>(key: string, policy: CachePolicy, compute: () => Promise<T>): Promise<Found<T>> {
    if (!enabled) {
      count(policy, "bypass");
      return { value: await compute() };
    }
    const pending = inflight.get(key);
    if (pending) return pending as Promise<Found<T>>;
    const promise = lookup(key, policy, compute).finally(() => inflight.delete(key));
    inflight.set(key, promise);
    return promise;
  }

  return {
    /**
     * Cache-aside read: the cached value when there is one, otherwise `compute()` once (per key, across
     * concurrent callers and instances), stored for `policy.ttlSeconds`. Never fails because of Redis.
     */
    async getOrCompute<T>(key: string, policy: CachePolicy, compute: () => Promise<T>): Promise<T> {
      return valueOf(await find(key, policy, compute));
    },

    /**
     * getOrCompute's value as UTF-8 JSON bytes, for a response that sends them on: a cached value is a
     * slice of the bytes Redis returned (the same bytes as JSON.stringify(value)), never decoded or parsed.
     */
    async getOrComputeJsonBytes<T>(key: string, policy: CachePolicy, compute: () => Promise<T>): Promise<Buffer> {
      return jsonBytesOf(await find(key, policy, compute));
    },

    /** Drops cached values after a write. Failures are logged: a lost Redis holds no stale data anyway. */
    async invalidate(...keys: string[]): Promise<void> {
      if (!keys.length) return;
      try {
        const write = client.multi().del(...keys);
        for (const key of keys) write.incr(versionKey(key)).expire(versionKey(key), VERSION_TTL_SECONDS);
        await write.exec();
      } catch (err) {
        logger.warn({ keys, err: (err as Error).message }, "cache invalidation failed");
      }
    },
  };
}

export type Cache = ReturnType<typeof createCache>;

/** The app's cache, on the shared Redis connection. */
export const cache: Cache = createCache({ redis, enabled: env.CACHE_ENABLED });
