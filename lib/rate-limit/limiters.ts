import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { redis as sharedRedis } from "@/lib/redis/redis-client";

export type LimiterPolicy = {
  /** Namespaces the limiter's keys in Redis; unique per limiter. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** Once over the limit, refuse for this long (from the moment the limit was crossed). */
  blockDurationSeconds?: number;
};

/**
 * A limiter whose counts live in Redis, so every app instance sees the same ones. When Redis is not
 * connected, an in-process limiter with the same policy answers instead: limits become per instance for
 * the outage, but an outage never turns into "everyone is blocked" or a 500.
 */
export function createLimiter({ redis = sharedRedis, ...policy }: LimiterPolicy & { redis?: Redis }): RateLimiterRedis {
  const options = {
    keyPrefix: policy.keyPrefix,
    points: policy.points,
    duration: policy.durationSeconds,
    blockDuration: policy.blockDurationSeconds ?? 0,
  };
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    useRedisPackage: false,
    // While the client is reconnecting, go straight to the insurance limiter instead of adding the command
    // timeout to every sign-in (the same rule as isRedisUsable in the cache).
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Every limit in one place. Keys: an IP from clientIp(), an accountKey(email), or a user id. */
export const RATE_LIMIT_POLICIES = {
  // Generous: a school network puts hundreds of students behind one address, and each may mistype a
  // password; 30 still slows credential stuffing from one address to a crawl.
  signInFailuresByIp: { keyPrefix: "rl:sign-in-failures:ip", points: 30, durationSeconds: 15 * MINUTE, blockDurationSeconds: 15 * MINUTE },
  // Tight: no person needs more than 5 tries in a row; a success clears the count (see sign-in-guard).
  signInFailuresByAccount: { keyPrefix: "rl:sign-in-failures:account", points: 5, durationSeconds: 15 * MINUTE, blockDurationSeconds: 15 * MINUTE },
  // A class signing up together in a lesson fits; a script creating accounts does not.
  signUpByIp: { keyPrefix: "rl:sign-up:ip", points: 10, durationSeconds: HOUR },
  // Each reset sends an email: these stop us being used to flood someone's inbox.
  passwordResetByIp: { keyPrefix: "rl:password-reset:ip", points: 5, durationSeconds: 15 * MINUTE },
  passwordResetByAccount: { keyPrefix: "rl:password-reset:account", points: 3, durationSeconds: HOUR },
  // Setting a password from a link hashes it (slow, unauthenticated): enough for a person who mistypes.
  passwordResetConfirmByIp: { keyPrefix: "rl:password-reset-confirm:ip", points: 10, durationSeconds: 15 * MINUTE },
  // Each resend is an email: enough for a person whose first link went to spam, not for flooding an inbox.
  verificationResendByAccount: { keyPrefix: "rl:verification-resend:account", points: 3, durationSeconds: HOUR },
  // About 10 requests a second sustained: far above what a person clicking through practice sends, low
  // enough to stop a script scraping the question bank.
  apiByUser: { keyPrefix: "rl:api:user", points: 600, durationSeconds: MINUTE },
  // A student mistypes a class code a few times; 20 an hour is plenty for that and makes guessing the
  // 10^11 codes hopeless.
  classJoinByUser: { keyPrefix: "rl:class-join:user", points: 20, durationSeconds: HOUR },
} as const satisfies Record<string, LimiterPolicy>;

export const signInFailuresByIp = createLimiter(RATE_LIMIT_POLICIES.signInFailuresByIp);
export const signInFailuresByAccount = createLimiter(RATE_LIMIT_POLICIES.signInFailuresByAccount);
export const signUpByIp = createLimiter(RATE_LIMIT_POLICIES.signUpByIp);
export const passwordResetByIp = createLimiter(RATE_LIMIT_POLICIES.passwordResetByIp);
export const passwordResetByAccount = createLimiter(RATE_LIMIT_POLICIES.passwordResetByAccount);
export const passwordResetConfirmByIp = createLimiter(RATE_LIMIT_POLICIES.passwordResetConfirmByIp);
export const apiByUser = createLimiter(RATE_LIMIT_POLICIES.apiByUser);
export const classJoinByUser = createLimiter(RATE_LIMIT_POLICIES.classJoinByUser);
export const verificationResendByAccount = createLimiter(RATE_LIMIT_POLICIES.verificationResendByAccount);

/**
 * The key for per-account limits: a hash of the normalised email, so Redis never holds addresses, keys
 * have a fixed length, and an email with no account gets a key exactly like one that has an account.
 */
export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
}
