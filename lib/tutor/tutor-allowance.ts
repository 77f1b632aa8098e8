import { env } from "@/lib/env";
import { RateLimitedError, ServiceUnavailableError } from "@/lib/errors";
import { logger } from "@/lib/observability/logger";
import { redis as sharedRedis, type RedisClient } from "@/lib/redis/redis-client";

// The tutor's token budget: a per-student daily allowance and a platform-wide daily cap, both counted in
// Redis per UTC day. A request reserves its worst case before the model is called (its prompt's estimate
// plus the longest answer it may write), atomically against both limits, and is settled with the tokens
// the provider reported once it ends, however it ends: the difference is refunded or charged. So many
// requests at once cannot overspend, and a cheap answer does not keep its reservation.

/** Kept a day past the one counted, so a request that crosses midnight still settles its own day. */
const KEY_TTL_SECONDS = 2 * 86_400;

export type Reservation = { userId: string; day: string; tokens: number };

export type AllowanceLimits = { perStudent: number; platform: number };

const defaultLimits = (): AllowanceLimits => ({ perStudent: env.TUTOR_DAILY_TOKENS_PER_STUDENT, platform: env.TUTOR_DAILY_TOKENS_PLATFORM });

export const utcDay = (now: Date) => now.toISOString().slice(0, 10);
export const studentKey = (userId: string, day: string) => `tutor:tokens:user:${userId}:${day}`;
export const platformKey = (day: string) => `tutor:tokens:platform:${day}`;

/** The next UTC midnight: when every allowance starts again. */
export function allowanceResetsAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

// Both checks and both increments in one script: no other request can slip between the check and the charge.
const RESERVE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local total = tonumber(redis.call('GET', KEYS[2]) or '0')
local want = tonumber(ARGV[1])
if used + want > tonumber(ARGV[2]) then return {1, used} end
if total + want > tonumber(ARGV[3]) then return {2, total} end
redis.call('INCRBY', KEYS[1], want)
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('INCRBY', KEYS[2], want)
redis.call('EXPIRE', KEYS[2], ARGV[4])
return {0, used + want}`;

// A refund never takes a counter below zero, and a key that expired meanwhile (recreated here) expires again.
const SETTLE = `
for i = 1, 2 do
  local left = redis.call('INCRBY', KEYS[i], ARGV[1])
  if left < 0 then redis.call('SET', KEYS[i], 0, 'KEEPTTL') end
  if redis.call('TTL', KEYS[i]) < 0 then redis.call('EXPIRE', KEYS[i], ARGV[2]) end
end
return 1`;

/**
 * Reserves `tokens` for the student today, or refuses: 429 with the time the allowance resets (and
 * Retry-After) when the student's allowance or the platform's cap would be exceeded. Without Redis the
 * tutor is refused (503): spending with no meter running is the one failure a budget must not have.
 */
export async function reserveTutorTokens(
  userId: string,
  tokens: number,
  { now = new Date(), limits = defaultLimits(), redis = sharedRedis }: { now?: Date; limits?: AllowanceLimits; redis?: RedisClient } = {},
): Promise<Reservation> {
  const day = utcDay(now);
  let verdict: [number, number];
  try {
    verdict = (await redis.eval(RESERVE, 2, studentKey(userId, day), platformKey(day), tokens, limits.perStudent, limits.platform, KEY_TTL_SECONDS)) as [
      number,
      number,
    ];
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "tutor allowance: redis unavailable, refusing the request");
    throw new ServiceUnavailableError(30, "The tutor is unavailable for a moment. Please try again shortly.", "tutor_unavailable");
  }
  if (verdict[0] === 0) return { userId, day, tokens };
  throw allowanceExhausted(verdict[0] === 1 ? "student" : "platform", now);
}

/** Settles a reservation with what the call really used: refunds the rest, or charges the excess. */
export async function settleTutorTokens(reservation: Reservation, usedTokens: number, { redis = sharedRedis }: { redis?: RedisClient } = {}): Promise<void> {
  const delta = Math.round(usedTokens) - reservation.tokens;
  if (delta === 0) return;
  try {
    await redis.eval(SETTLE, 2, studentKey(reservation.userId, reservation.day), platformKey(reservation.day), delta, KEY_TTL_SECONDS);
  } catch (err) {
    // The reservation stands: the student is charged the worst case for this one call, never less.
    logger.warn({ err: err instanceof Error ? err.message : String(err), delta }, "tutor allowance: could not settle a reservation");
  }
}

export type AllowanceStatus = { used: number; limit: number; resetsAt: string };

/** What the student has used today, for the panel; null when Redis cannot say. */
export async function tutorAllowanceStatus(
  userId: string,
  { now = new Date(), limits = defaultLimits(), redis = sharedRedis }: { now?: Date; limits?: AllowanceLimits; redis?: RedisClient } = {},
): Promise<AllowanceStatus | null> {
  try {
    const used = Number((await redis.get(studentKey(userId, utcDay(now)))) ?? 0);
    return { used: Math.min(used, limits.perStudent), limit: limits.perStudent, resetsAt: allowanceResetsAt(now).toISOString() };
  } catch {
    return null;
  }
}

function allowanceExhausted(which: "student" | "platform", now: Date): RateLimitedError {
  const resetsAt = allowanceResetsAt(now);
  const seconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1_000));
  const when = `at 00:00 UTC, in ${hoursAndMinutes(seconds)}`;
  return which === "student"
    ? new RateLimitedError(seconds, `You have used today's tutor allowance. It resets ${when}.`, "tutor_allowance_exhausted", {
        resetsAt: resetsAt.toISOString(),
      })
    : new RateLimitedError(seconds, `The tutor has reached today's limit for everyone. It is back ${when}.`, "tutor_daily_cap_reached", {
        resetsAt: resetsAt.toISOString(),
      });
}

function hoursAndMinutes(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h ? `${h} ${h === 1 ? "hour" : "hours"}` : "", m ? `${m} ${m === 1 ? "minute" : "minutes"}` : ""].filter(Boolean);
  return parts.join(" ") || "1 minute";
}
