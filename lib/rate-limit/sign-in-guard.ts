import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/errors";
import { accountKey, signInFailuresByAccount, signInFailuresByIp } from "@/lib/rate-limit/limiters";
import { retryAfterSeconds } from "@/lib/rate-limit/limit";

export type FailedSignIn = { blocked: boolean; retryAfterSeconds: number };

/** One password sign-in, from the moment its account attempt is reserved to its outcome. */
export type SignInAttempt = {
  /**
   * Reserves the attempt for the IP; throws RateLimitedError when the IP has no attempt left. Call it
   * right before the password check, once the check can run (see checkPassword's `inSlot`): attempts
   * waiting for a free argon2 slot do not hold an IP's allowance, so a class signing in together behind
   * one school address is not refused, while a burst still gets no more checks than the limit.
   */
  reserveIp(): Promise<void>;
  /** The password was wrong (or there is no account): the reserved attempts stay counted. */
  failed(): Promise<FailedSignIn>;
  /** The password was right: the account's count starts again and the IP gets its attempt back. */
  succeeded(): Promise<void>;
  /** The check never ran (overload, an error): both reservations are given back. */
  cancel(): Promise<void>;
};

/**
 * Brute-force limits for password sign-in. Every attempt is reserved (an atomic increment in Redis)
 * before its password is checked, so a parallel burst of N wrong passwords gets at most `points` checks,
 * and the right password sent as the 100th of a burst is refused like the rest. A key is blocked once its
 * reserved attempts reach `points` and the last of them failed. Nothing here knows whether an account
 * exists, so an unknown email is counted, blocked and reported exactly like a known one.
 */
export function createSignInGuard({ byIp, byAccount }: { byIp: RateLimiterAbstract; byAccount: RateLimiterAbstract }) {
  /** Milliseconds the key is still blocked for, or 0; reads without counting. */
  async function blockedMs(limiter: RateLimiterAbstract, key: string): Promise<number> {
    const res = await limiter.get(key);
    return res && res.consumedPoints >= limiter.points ? Math.max(1, res.msBeforeNext) : 0;
  }

  /** Counts one attempt; throws when it is over the limit. Returns its place in the window (1-based). */
  async function reserve(limiter: RateLimiterAbstract, key: string): Promise<number> {
    // penalty, not consume: it always counts, so attempts over the limit keep the key over it.
    const res: RateLimiterRes = await limiter.penalty(key);
    if (res.consumedPoints > limiter.points) throw new RateLimitedError(retryAfterSeconds(res.msBeforeNext));
    return res.consumedPoints;
  }

  /** A failed attempt that used the last place blocks the key; returns how long it is blocked, or 0. */
  async function settleFailure(limiter: RateLimiterAbstract, key: string, place: number): Promise<number> {
    if (place < limiter.points) return 0;
    if (limiter.blockDuration > 0) return (await limiter.block(key, limiter.blockDuration)).msBeforeNext;
    const res = await limiter.get(key);
    return Math.max(1, res?.msBeforeNext ?? limiter.duration * 1_000);
  }

  return {
    /**
     * Reserves one attempt for the account; throws RateLimitedError (one message for both causes: naming
     * the account would confirm that the email is worth attacking) when the account has no attempt left
     * or the IP is already blocked.
     */
    async beginSignIn(ip: string, email: string): Promise<SignInAttempt> {
      const account = accountKey(email);
      const ipWait = await blockedMs(byIp, ip);
      if (ipWait > 0) throw new RateLimitedError(retryAfterSeconds(ipWait));
      const accountPlace = await reserve(byAccount, account);
      let ipPlace: number | null = null;
      return {
        async reserveIp() {
          try {
            ipPlace = await reserve(byIp, ip);
          } catch (err) {
            await byAccount.reward(account, 1);
            throw err;
          }
        },
        async failed() {
          const [ipMs, accountMs] = await Promise.all([
            ipPlace === null ? 0 : settleFailure(byIp, ip, ipPlace),
            settleFailure(byAccount, account, accountPlace),
          ]);
          const ms = Math.max(ipMs, accountMs);
          return ms > 0 ? { blocked: true, retryAfterSeconds: retryAfterSeconds(ms) } : { blocked: false, retryAfterSeconds: 0 };
        },
        async succeeded() {
          // The account limit counts consecutive failures: a success starts it again. The IP keeps its failures.
          await Promise.all([byAccount.delete(account), ipPlace === null ? null : byIp.reward(ip, 1)]);
        },
        async cancel() {
          await Promise.all([byAccount.reward(account, 1), ipPlace === null ? null : byIp.reward(ip, 1)]);
        },
      };
    },
  };
}

export const { beginSignIn } = createSignInGuard({ byIp: signInFailuresByIp, byAccount: signInFailuresByAccount });
