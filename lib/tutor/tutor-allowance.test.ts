import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { unreachableRedis } from "@/lib/test-support/redis";
import { allowanceResetsAt, platformKey, reserveTutorTokens, settleTutorTokens, studentKey, tutorAllowanceStatus } from "@/lib/tutor/tutor-allowance";

// Each test counts a day of its own, decades back, so the platform-wide counter is the test's alone.
const someDay = () => new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 9_000) * 86_400_000 + 15 * 3_600_000);
const days: Date[] = [];
const day = () => {
  const d = someDay();
  days.push(d);
  return d;
};

afterAll(async () => {
  const keys = days.map((d) => platformKey(d.toISOString().slice(0, 10)));
  if (keys.length) await redis.del(...keys);
});

describe("the tutor's token allowance", () => {
  it("reserves atomically: of 20 requests at once against room for 5, exactly 5 pass", async () => {
    const now = day();
    const userId = randomUUID();
    const limits = { perStudent: 5_000, platform: 1_000_000 };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => reserveTutorTokens(userId, 1_000, { now, limits })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.find((r) => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ status: 429, code: "tutor_allowance_exhausted" });
    expect(Number(await redis.get(studentKey(userId, now.toISOString().slice(0, 10))))).toBe(5_000);
  });

  it("settles with real usage: refunds the unused part, charges an excess, never goes below zero", async () => {
    const now = day();
    const userId = randomUUID();
    const limits = { perStudent: 10_000, platform: 1_000_000 };
    const first = await reserveTutorTokens(userId, 1_000, { now, limits });
    await settleTutorTokens(first, 250);
    expect(await tutorAllowanceStatus(userId, { now, limits })).toEqual({ used: 250, limit: 10_000, resetsAt: allowanceResetsAt(now).toISOString() });
    const second = await reserveTutorTokens(userId, 1_000, { now, limits });
    await settleTutorTokens(second, 1_400);
    expect((await tutorAllowanceStatus(userId, { now, limits }))?.used).toBe(1_650);
    await redis.del(studentKey(userId, first.day));
    await settleTutorTokens(first, 0);
    expect((await tutorAllowanceStatus(userId, { now, limits }))?.used).toBe(0);
    expect(await redis.ttl(studentKey(userId, first.day))).toBeGreaterThan(0);
  });

  it("refuses everyone once the platform's daily cap would be exceeded, and says when it is back", async () => {
    const now = day();
    const limits = { perStudent: 10_000, platform: 3_000 };
    await reserveTutorTokens(randomUUID(), 2_000, { now, limits });
    await expect(reserveTutorTokens(randomUUID(), 2_000, { now, limits })).rejects.toMatchObject({
      status: 429,
      code: "tutor_daily_cap_reached",
      message: "The tutor has reached today's limit for everyone. It is back at 00:00 UTC, in 9 hours.",
      retryAfterSeconds: 9 * 3_600,
    });
  });

  it("the day is the UTC day: the next one starts from nothing", async () => {
    const now = day();
    const userId = randomUUID();
    const limits = { perStudent: 2_000, platform: 1_000_000 };
    await reserveTutorTokens(userId, 2_000, { now, limits });
    await expect(reserveTutorTokens(userId, 1, { now, limits })).rejects.toMatchObject({ code: "tutor_allowance_exhausted" });
    const tomorrow = allowanceResetsAt(now);
    days.push(tomorrow);
    await expect(reserveTutorTokens(userId, 2_000, { now: tomorrow, limits })).resolves.toMatchObject({ day: tomorrow.toISOString().slice(0, 10) });
  });

  it("without Redis the tutor is refused with a 503, never spent unmetered", async () => {
    const down = await unreachableRedis();
    try {
      await expect(reserveTutorTokens(randomUUID(), 100, { redis: down })).rejects.toMatchObject({ status: 503, code: "tutor_unavailable" });
      expect(await tutorAllowanceStatus(randomUUID(), { redis: down })).toBeNull();
    } finally {
      down.disconnect();
    }
  });
});
