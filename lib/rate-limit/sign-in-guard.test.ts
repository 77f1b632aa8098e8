import type { Redis } from "ioredis";
import { beforeAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { RateLimitedError } from "@/lib/errors";
import { accountKey, createLimiter } from "@/lib/rate-limit/limiters";
import { createSignInGuard } from "@/lib/rate-limit/sign-in-guard";
import { sleep, uniqueKey, unreachableRedis } from "@/lib/test-support/redis";

// Small versions of the real policies: 3 failures per account, 5 per IP, each window 1 s.
function guard(client: Redis = redis, blocks = { ip: 4, account: 2 }) {
  const byIp = createLimiter({ keyPrefix: "rl:test:ip", points: 5, durationSeconds: 1, blockDurationSeconds: blocks.ip, redis: client });
  const byAccount = createLimiter({ keyPrefix: "rl:test:account", points: 3, durationSeconds: 1, blockDurationSeconds: blocks.account, redis: client });
  const g = createSignInGuard({ byIp, byAccount });
  return {
    byIp,
    byAccount,
    /** A whole attempt whose password turned out wrong. */
    async fail(ip: string, email: string) {
      const attempt = await g.beginSignIn(ip, email);
      await attempt.reserveIp();
      return attempt.failed();
    },
    async succeed(ip: string, email: string) {
      const attempt = await g.beginSignIn(ip, email);
      await attempt.reserveIp();
      await attempt.succeeded();
    },
    /** Whether an attempt would be let through to the password check; gives the reservation back. */
    async check(ip: string, email: string) {
      const attempt = await g.beginSignIn(ip, email);
      await attempt.reserveIp();
      await attempt.cancel();
    },
    begin: g.beginSignIn,
  };
}
const email = () => `${uniqueKey("student")}@example.com`;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe("sign-in guard on the real Redis", () => {
  beforeAll(async () => {
    await redis.ping();
  });

  it("blocks an account after 3 failures, from any IP, with a retry time", async () => {
    const g = guard();
    const account = email();
    expect(await g.fail(uniqueKey("ip"), account)).toEqual({ blocked: false, retryAfterSeconds: 0 });
    expect(await g.fail(uniqueKey("ip"), account)).toEqual({ blocked: false, retryAfterSeconds: 0 });
    expect(await g.fail(uniqueKey("ip"), account)).toEqual({ blocked: true, retryAfterSeconds: 2 });

    const err = await refusal(g.check(uniqueKey("ip"), account));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(g.check(uniqueKey("ip"), email())).resolves.toBeUndefined();
  });

  it("blocks an IP after 5 failures across accounts, for every account", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    for (let i = 0; i < 4; i++) expect((await g.fail(ip, email())).blocked).toBe(false);
    expect(await g.fail(ip, email())).toEqual({ blocked: true, retryAfterSeconds: 4 });
    await expect(g.check(ip, email())).rejects.toBeInstanceOf(RateLimitedError);
    await expect(g.check(uniqueKey("ip"), email())).resolves.toBeUndefined();
  });

  it("lets a parallel burst of 100 attempts on one account through to at most 3 password checks", async () => {
    const g = guard();
    const account = email();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const attempt = await g.begin(`10.0.${i}.1`, account).catch((e: unknown) => e);
        if (attempt instanceof RateLimitedError) return "refused";
        // The 100th of the burst is the right password: it must be refused like the others past the limit.
        return "checked";
      }),
    );
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(3);
    expect(outcomes.at(-1)).toBe("refused");
  });

  it("lets a parallel burst from one IP across 100 accounts through to at most 5 password checks", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const attempt = await g.begin(ip, email());
        return attempt.reserveIp().then(
          () => "checked",
          () => "refused",
        );
      }),
    );
    expect(outcomes.filter((o) => o === "checked")).toHaveLength(5);
  });

  it("does not count successful sign-ins against a shared IP, so a class behind one address gets in", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    for (let i = 0; i < 20; i++) await g.succeed(ip, email());
    expect(await g.byIp.get(ip)).toMatchObject({ consumedPoints: 0 });
    await expect(g.check(ip, email())).resolves.toBeUndefined();
  });

  it("gives both reservations back when the check never ran", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 10; i++) await g.check(ip, account);
    expect(await g.byIp.get(ip)).toMatchObject({ consumedPoints: 0 });
    expect(await g.byAccount.get(accountKey(account))).toMatchObject({ consumedPoints: 0 });
  });

  it("gives the account's attempt back when the IP refuses it", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    for (let i = 0; i < 5; i++) await g.fail(ip, email());
    const account = email();
    const attempt = await refusal(g.begin(ip, account));
    expect(attempt).toBeInstanceOf(RateLimitedError);
    expect(await g.byAccount.get(accountKey(account))).toBeNull();
  });

  it("reports the longer wait when both the IP and the account are blocked", async () => {
    const g = guard(redis, { ip: 9, account: 2 });
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 3; i++) await g.fail(ip, account);
    for (let i = 0; i < 2; i++) await g.fail(ip, email());
    const err = await refusal(g.check(ip, account));
    expect((err as RateLimitedError).retryAfterSeconds).toBe(9);
  });

  it("without a block duration, refuses until the failure window ends", async () => {
    const g = guard(redis, { ip: 0, account: 0 });
    const account = email();
    for (let i = 0; i < 2; i++) await g.fail(uniqueKey("ip"), account);
    expect(await g.fail(uniqueKey("ip"), account)).toEqual({ blocked: true, retryAfterSeconds: 1 });
    await expect(g.check(uniqueKey("ip"), account)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("lets the account in again once the block has passed", async () => {
    const g = guard(redis, { ip: 1, account: 1 });
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 3; i++) await g.fail(ip, account);
    await expect(g.check(ip, account)).rejects.toBeInstanceOf(RateLimitedError);
    await sleep(1_100);
    await expect(g.check(ip, account)).resolves.toBeUndefined();
    expect((await g.fail(ip, account)).blocked).toBe(false);
  });

  it("counts consecutive failures: a successful sign-in clears the account's count", async () => {
    const g = guard();
    const account = email();
    await g.fail(uniqueKey("ip"), account);
    await g.fail(uniqueKey("ip"), account);
    await g.succeed(uniqueKey("ip"), account);
    expect(await g.byAccount.get(accountKey(account))).toBeNull();
    expect((await g.fail(uniqueKey("ip"), account)).blocked).toBe(false);
    expect((await g.fail(uniqueKey("ip"), account)).blocked).toBe(false);
    await expect(g.check(uniqueKey("ip"), account)).resolves.toBeUndefined();
  });

  it("treats the email case-insensitively", async () => {
    const g = guard();
    const account = email();
    for (const variant of [account, account.toUpperCase(), ` ${account} `]) await g.fail(uniqueKey("ip"), variant);
    await expect(g.check(uniqueKey("ip"), account)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("behaves the same for an email with an account and one without", async () => {
    // The guard never looks accounts up; what it returns and says must not depend on the email.
    const run = async (account: string) => {
      const g = guard();
      const outcomes = [];
      for (let i = 0; i < 3; i++) outcomes.push(await g.fail(uniqueKey("ip"), account));
      const err = (await refusal(g.check(uniqueKey("ip"), account))) as RateLimitedError;
      return { outcomes, status: err.status, code: err.code, message: err.message };
    };
    const known = await run(`${uniqueKey("known")}@example.com`);
    const unknown = await run(`${uniqueKey("nobody")}@example.com`);
    expect(unknown).toEqual(known);
    expect(known.message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
  });
});

describe("sign-in guard when Redis is unreachable", () => {
  it("still answers, only with RateLimitedError, and still blocks after N", async () => {
    const client = await unreachableRedis();
    const g = guard(client);
    const ip = uniqueKey("ip");
    const account = email();
    await g.check(ip, account);
    expect((await g.fail(ip, account)).blocked).toBe(false);
    await g.succeed(ip, account);
    for (let i = 0; i < 2; i++) expect((await g.fail(ip, account)).blocked).toBe(false);
    expect(await g.fail(ip, account)).toEqual({ blocked: true, retryAfterSeconds: 2 });
    await expect(g.check(ip, account)).rejects.toBeInstanceOf(RateLimitedError);
    client.disconnect();
  });
});
