import { RateLimiterRes } from "rate-limiter-flexible";
import { beforeAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { RateLimitedError } from "@/lib/errors";
import * as limiters from "@/lib/rate-limit/limiters";
import { createLimiter } from "@/lib/rate-limit/limiters";
import { limitOrThrow, rateLimitHeaders } from "@/lib/rate-limit/limit";
import { sleep, uniqueKey, unreachableRedis } from "@/lib/test-support/redis";

const small = (extra: { blockDurationSeconds?: number } = {}) => createLimiter({ keyPrefix: "rl:test", points: 3, durationSeconds: 1, ...extra });

const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("limiters on the real Redis", () => {
  // The limiters skip Redis until the client is ready; wait, so these tests exercise Redis, not memory.
  beforeAll(async () => {
    await redis.ping();
  });

  it("allows N, then refuses with a retry time, keeping the count in Redis", async () => {
    const limiter = small();
    const key = uniqueKey();
    for (let i = 0; i < 3; i++) await limitOrThrow(limiter, key);
    expect(await redis.get(limiter.getKey(key))).toBe("3");

    const err = await rejectionOf(limitOrThrow(limiter, key));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(1);
    expect((err as RateLimitedError).status).toBe(429);
  });

  it("shares counts between app instances (two limiters, one Redis)", async () => {
    const key = uniqueKey();
    const [a, b] = [small(), small()];
    await limitOrThrow(a, key);
    await limitOrThrow(b, key);
    await limitOrThrow(a, key);
    await expect(limitOrThrow(b, key)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("counts weighted requests", async () => {
    const limiter = small();
    const key = uniqueKey();
    await limitOrThrow(limiter, key, 2);
    await expect(limitOrThrow(limiter, key, 2)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("allows again once the window has passed", async () => {
    const limiter = small();
    const key = uniqueKey();
    for (let i = 0; i < 3; i++) await limitOrThrow(limiter, key);
    await expect(limitOrThrow(limiter, key)).rejects.toBeInstanceOf(RateLimitedError);
    await sleep(1_100);
    const res = await limitOrThrow(limiter, key);
    expect(res.consumedPoints).toBe(1);
  });

  it("keeps refusing for the block duration after the window ends", async () => {
    const limiter = small({ blockDurationSeconds: 3 });
    const key = uniqueKey();
    for (let i = 0; i < 3; i++) await limitOrThrow(limiter, key);
    const err = await rejectionOf(limitOrThrow(limiter, key));
    expect((err as RateLimitedError).retryAfterSeconds).toBe(3);
    await sleep(1_200);
    const later = await rejectionOf(limitOrThrow(limiter, key));
    expect(later).toBeInstanceOf(RateLimitedError);
    expect((later as RateLimitedError).retryAfterSeconds).toBe(2);
  });

  it("produces RateLimit headers, and Retry-After only when over the limit", async () => {
    const limiter = small();
    const key = uniqueKey();
    const headers = rateLimitHeaders(await limiter.consume(key), limiter);
    expect(headers).toEqual({ "RateLimit-Limit": "3", "RateLimit-Remaining": "2", "RateLimit-Reset": "1" });
    await limiter.consume(key, 2);
    const over = await rejectionOf(limiter.consume(key));
    expect(over).toBeInstanceOf(RateLimiterRes);
    expect(rateLimitHeaders(over as RateLimiterRes, limiter)).toEqual({
      "RateLimit-Limit": "3",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "1",
      "Retry-After": "1",
    });
  });
});

describe("limiters when Redis is unreachable", () => {
  it("answers from the insurance limiter, quickly, and still blocks after N", async () => {
    const client = await unreachableRedis();
    const limiter = createLimiter({ keyPrefix: "rl:test", points: 3, durationSeconds: 1, redis: client });
    const key = uniqueKey();
    const started = performance.now();
    for (let i = 0; i < 3; i++) await limitOrThrow(limiter, key);
    await expect(limitOrThrow(limiter, key)).rejects.toBeInstanceOf(RateLimitedError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await limiter.get(key)).toMatchObject({ consumedPoints: 4 });
    await expect(limiter.delete(key)).resolves.toBe(true);
    await expect(limitOrThrow(limiter, key)).resolves.toMatchObject({ consumedPoints: 1 });
    client.disconnect();
  });
});

describe("the app's limiters", () => {
  const exported = Object.entries(limiters).filter(([name]) => name in limiters.RATE_LIMIT_POLICIES);

  it("exist for every policy, with distinct key prefixes", () => {
    expect(exported.map(([name]) => name).sort()).toEqual(Object.keys(limiters.RATE_LIMIT_POLICIES).sort());
    const prefixes = Object.values(limiters.RATE_LIMIT_POLICIES).map((p) => p.keyPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("each fall back to an in-memory limiter with the same policy", () => {
    for (const [, limiter] of exported) {
      const l = limiter as ReturnType<typeof createLimiter> & { insuranceLimiter: ReturnType<typeof createLimiter> };
      expect(l.insuranceLimiter.constructor.name).toBe("RateLimiterMemory");
      expect([l.insuranceLimiter.points, l.insuranceLimiter.duration, l.insuranceLimiter.blockDuration]).toEqual([l.points, l.duration, l.blockDuration]);
    }
  });

  it("key accounts by normalised email, without storing the address", () => {
    expect(limiters.accountKey(" Ada@Example.COM ")).toBe(limiters.accountKey("ada@example.com"));
    expect(limiters.accountKey("ada@example.com")).not.toContain("ada");
    expect(limiters.accountKey("ada@example.com")).not.toBe(limiters.accountKey("bob@example.com"));
  });
});
