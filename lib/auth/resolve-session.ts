import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { claimsFromRecord, type SessionClaims } from "@/lib/auth/session-claims";
import { getSession } from "@/lib/auth/session-store";

/**
 * The session behind a cookie: Redis decides whenever it answers (a missing record is signed out at
 * once). Only when Redis cannot be reached (an error or a timeout, never a miss) is the session accepted
 * from what was last confirmed, for SESSION_REDIS_GRACE_MINUTES after that confirmation, so a Redis
 * outage does not sign everyone out. The price: a session revoked during an outage keeps working until
 * its grace runs out (at most the grace period after Redis last confirmed it).
 *
 * "Last confirmed" is the later of the cookie's `checkedAt` (refreshed by next-auth on every page
 * request) and this instance's own memory of confirming it, which covers API clients that never load a
 * page and so never get a refreshed cookie.
 */
export type ResolvedSession = {
  claims: SessionClaims;
  /** False when accepted from the grace period while Redis was unreachable. */
  confirmed: boolean;
};

type ResolveOptions = { now?: number; graceMinutes?: number };

const MAX_REMEMBERED = 20_000;
// Insertion-ordered: the oldest confirmation is evicted first once full.
const confirmedHere = new Map<string, SessionClaims>();

function remember(sid: string, claims: SessionClaims) {
  confirmedHere.delete(sid);
  confirmedHere.set(sid, claims);
  if (confirmedHere.size > MAX_REMEMBERED) confirmedHere.delete(confirmedHere.keys().next().value!);
}

let outageLogged = 0;

export async function resolveSession(sid: string, fromCookie: SessionClaims | null, options: ResolveOptions = {}): Promise<ResolvedSession | null> {
  const now = options.now ?? Date.now();
  try {
    const record = await getSession(sid);
    if (!record) {
      confirmedHere.delete(sid);
      return null;
    }
    const claims = claimsFromRecord(record, now);
    remember(sid, claims);
    return { claims, confirmed: true };
  } catch (err) {
    const graceMs = (options.graceMinutes ?? env.SESSION_REDIS_GRACE_MINUTES) * 60_000;
    const candidates = [fromCookie, confirmedHere.get(sid) ?? null].filter((c): c is SessionClaims => c !== null);
    // A checkedAt in the future is not trusted (a clock cannot vouch for a moment that has not come).
    const best = candidates.filter((c) => c.checkedAt <= now && now - c.checkedAt <= graceMs).sort((a, b) => b.checkedAt - a.checkedAt)[0];
    // One line per minute at most: an outage would otherwise log every request.
    if (Date.now() - outageLogged > 60_000) {
      outageLogged = Date.now();
      logger.warn(
        { err: (err as Error).message, graceMinutes: graceMs / 60_000 },
        "session store unreachable: accepting sessions confirmed within the grace period",
      );
    }
    return best ? { claims: best, confirmed: false } : null;
  }
}
