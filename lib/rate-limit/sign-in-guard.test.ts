import type { Redis } from "ioredis";
import { beforeAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/cache/redis";
import { RateLimitedError } from "@/lib/http/errors";
import { accountKey, createLimiter } from "@/lib/rate-limit/limiters";
import { createSignInGuard } from "@/lib/rate-limit/sign-in-guard";
import { sleep, uniqueKey, unreachableRedis } from "@/lib/rate-limit/test-support";

// Small versions of the real policies: 3 failures per account, 5 per IP, each window 1 s.
function guard(client: Redis = redis, blocks = { ip: 4, account: 2 }) {
  const byIp = createLimiter({ keyPrefix: "rl:test:ip", points: 5, durationSeconds: 1, blockDurationSeconds: blocks.ip, redis: client });
  const byAccount = createLimiter({ keyPrefix: "rl:test:account", points: 3, durationSeconds: 1, blockDurationSeconds: blocks.account, redis: client });
  return { ...createSignInGuard({ byIp, byAccount }), byIp, byAccount };
}
const email = () => `${uniqueKey("student")}@example.com`;
const refusal = (promise: Promise<void>) => promise.then(() => null, (e: unknown) => e);

describe("sign-in guard on the real Redis", () => {
  beforeAll(async () => {
    await redis.ping();
  });

  it("blocks an account after 3 failures, from any IP, with a retry time", async () => {
    const g = guard();
    const account = email();
    expect(await g.recordFailedSignIn(uniqueKey("ip"), account)).toEqual({ blocked: false, retryAfterSeconds: 0 });
    expect(await g.recordFailedSignIn(uniqueKey("ip"), account)).toEqual({ blocked: false, retryAfterSeconds: 0 });
    expect(await g.recordFailedSignIn(uniqueKey("ip"), account)).toEqual({ blocked: true, retryAfterSeconds: 2 });

    const err = await refusal(g.assertSignInAllowed(uniqueKey("ip"), account));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(g.assertSignInAllowed(uniqueKey("ip"), email())).resolves.toBeUndefined();
  });

  it("blocks an IP after 5 failures across accounts, for every account", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    for (let i = 0; i < 4; i++) expect((await g.recordFailedSignIn(ip, email())).blocked).toBe(false);
    expect(await g.recordFailedSignIn(ip, email())).toEqual({ blocked: true, retryAfterSeconds: 4 });
    await expect(g.assertSignInAllowed(ip, email())).rejects.toBeInstanceOf(RateLimitedError);
    await expect(g.assertSignInAllowed(uniqueKey("ip"), email())).resolves.toBeUndefined();
  });

  it("reports the longer wait when both the IP and the account are blocked", async () => {
    const g = guard(redis, { ip: 9, account: 2 });
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 5; i++) await g.recordFailedSignIn(ip, account);
    const err = await refusal(g.assertSignInAllowed(ip, account));
    expect((err as RateLimitedError).retryAfterSeconds).toBe(9);
  });

  it("without a block duration, refuses until the failure window ends", async () => {
    const g = guard(redis, { ip: 0, account: 0 });
    const account = email();
    for (let i = 0; i < 2; i++) await g.recordFailedSignIn(uniqueKey("ip"), account);
    expect(await g.recordFailedSignIn(uniqueKey("ip"), account)).toEqual({ blocked: true, retryAfterSeconds: 1 });
    await expect(g.assertSignInAllowed(uniqueKey("ip"), account)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("checks without counting", async () => {
    const g = guard();
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 10; i++) await g.assertSignInAllowed(ip, account);
    expect(await g.byIp.get(ip)).toBeNull();
    expect(await g.byAccount.get(accountKey(account))).toBeNull();
  });

  it("lets the account in again once the block has passed", async () => {
    const g = guard(redis, { ip: 1, account: 1 });
    const ip = uniqueKey("ip");
    const account = email();
    for (let i = 0; i < 3; i++) await g.recordFailedSignIn(ip, account);
    await expect(g.assertSignInAllowed(ip, account)).rejects.toBeInstanceOf(RateLimitedError);
    await sleep(1_100);
    await expect(g.assertSignInAllowed(ip, account)).resolves.toBeUndefined();
    expect((await g.recordFailedSignIn(ip, account)).blocked).toBe(false);
  });

  it("counts consecutive failures: a successful sign-in clears the account's count", async () => {
    const g = guard();
    const account = email();
    await g.recordFailedSignIn(uniqueKey("ip"), account);
    await g.recordFailedSignIn(uniqueKey("ip"), account);
    await g.recordSuccessfulSignIn(account);
    expect(await g.byAccount.get(accountKey(account))).toBeNull();
    expect((await g.recordFailedSignIn(uniqueKey("ip"), account)).blocked).toBe(false);
    expect((await g.recordFailedSignIn(uniqueKey("ip"), account)).blocked).toBe(false);
    await expect(g.assertSignInAllowed(uniqueKey("ip"), account)).resolves.toBeUndefined();
  });

  it("treats the email case-insensitively", async () => {
    const g = guard();
    const account = email();
    for (const variant of [account, account.toUpperCase(), ` ${account} `]) await g.recordFailedSignIn(uniqueKey("ip"), variant);
    await expect(g.assertSignInAllowed(uniqueKey("ip"), account)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("behaves the same for an email with an account and one without", async () => {
    // The guard never looks accounts up; what it returns and says must not depend on the email.
    const run = async (account: string) => {
      const g = guard();
      const outcomes = [];
      for (let i = 0; i < 3; i++) outcomes.push(await g.recordFailedSignIn(uniqueKey("ip"), account));
      const err = (await refusal(g.assertSignInAllowed(uniqueKey("ip"), account))) as RateLimitedError;
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
    await g.assertSignInAllowed(ip, account);
    expect((await g.recordFailedSignIn(ip, account)).blocked).toBe(false);
    await g.recordSuccessfulSignIn(account);
    for (let i = 0; i < 2; i++) expect((await g.recordFailedSignIn(ip, account)).blocked).toBe(false);
    expect(await g.recordFailedSignIn(ip, account)).toEqual({ blocked: true, retryAfterSeconds: 2 });
    await expect(g.assertSignInAllowed(ip, account)).rejects.toBeInstanceOf(RateLimitedError);
    client.disconnect();
  });
});
