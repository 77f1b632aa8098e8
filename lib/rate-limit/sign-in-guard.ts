import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/http/errors";
import { accountKey, signInFailuresByAccount, signInFailuresByIp } from "@/lib/rate-limit/limiters";
import { retryAfterSeconds } from "@/lib/rate-limit/limit";

export type FailedSignIn = { blocked: boolean; retryAfterSeconds: number };

/**
 * Failure counting for password sign-in. A key is blocked once it has `points` failures: the next attempt
 * is refused before the password is checked. Nothing here knows whether an account exists, so an unknown
 * email is counted, blocked and reported exactly like a known one.
 */
export function createSignInGuard({ byIp, byAccount }: { byIp: RateLimiterAbstract; byAccount: RateLimiterAbstract }) {
  /** Milliseconds the key is still blocked for, or 0; reads without consuming. */
  async function blockedMs(limiter: RateLimiterAbstract, key: string): Promise<number> {
    const res = await limiter.get(key);
    return res && res.consumedPoints >= limiter.points ? Math.max(1, res.msBeforeNext) : 0;
  }

  /** Counts one failure; returns how long the key is now blocked for, or 0. */
  async function countFailure(limiter: RateLimiterAbstract, key: string): Promise<number> {
    // penalty, not consume: a failure has already happened and must be counted, never refused.
    const res = await limiter.penalty(key);
    if (res.consumedPoints < limiter.points) return 0;
    const crossedNow = res.consumedPoints - 1 < limiter.points;
    if (crossedNow && limiter.blockDuration > 0) {
      // The block runs from the failure that crossed the limit, not from the first failure in the window.
      const blocked = await limiter.block(key, limiter.blockDuration);
      return blocked.msBeforeNext;
    }
    return Math.max(1, res.msBeforeNext);
  }

  return {
    /** Throws RateLimitedError (the longer wait of the two) if the IP or the account is blocked. */
    async assertSignInAllowed(ip: string, email: string): Promise<void> {
      const [ipMs, accountMs] = await Promise.all([blockedMs(byIp, ip), blockedMs(byAccount, accountKey(email))]);
      const ms = Math.max(ipMs, accountMs);
      // One message for both causes: naming the account would confirm that the email is worth attacking.
      if (ms > 0) throw new RateLimitedError(retryAfterSeconds(ms));
    },

    /** Counts a failed sign-in against the IP and the account; `blocked` when either is now blocked. */
    async recordFailedSignIn(ip: string, email: string): Promise<FailedSignIn> {
      const [ipMs, accountMs] = await Promise.all([countFailure(byIp, ip), countFailure(byAccount, accountKey(email))]);
      const ms = Math.max(ipMs, accountMs);
      return ms > 0 ? { blocked: true, retryAfterSeconds: retryAfterSeconds(ms) } : { blocked: false, retryAfterSeconds: 0 };
    },

    /** The account limit counts consecutive failures: a success starts it again. The IP count stays. */
    async recordSuccessfulSignIn(email: string): Promise<void> {
      await byAccount.delete(accountKey(email));
    },
  };
}

export const { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } = createSignInGuard({
  byIp: signInFailuresByIp,
  byAccount: signInFailuresByAccount,
});
