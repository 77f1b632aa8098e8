import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/errors";

/** Whole seconds until the key may act again; never 0, so a client told to wait does wait. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** Consumes `points` for `key`, or throws RateLimitedError when that would go over the limit. */
export async function limitOrThrow(limiter: RateLimiterAbstract, key: string, points = 1): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (rejection) {
    // The library rejects with a RateLimiterRes when over the limit; anything else is a real error.
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(retryAfterSeconds(rejection.msBeforeNext));
    throw rejection;
  }
}

/**
 * Response headers for a consume result (IETF RateLimit fields: Reset is seconds from now, not a date).
 * Retry-After is only set once the limit is exceeded.
 */
export function rateLimitHeaders(res: RateLimiterRes, limiter: { points: number }): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(limiter.points),
    "RateLimit-Remaining": String(Math.max(0, res.remainingPoints)),
    "RateLimit-Reset": String(Math.max(0, Math.ceil(res.msBeforeNext / 1000))),
  };
  if (res.consumedPoints > limiter.points) headers["Retry-After"] = String(retryAfterSeconds(res.msBeforeNext));
  return headers;
}
