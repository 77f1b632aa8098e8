import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/current-user";
import { resolveSession } from "@/lib/auth/resolve-session";
import { userFromClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { SESSION_COOKIE_NAMES, sessionCookieValue, sessionTokenFromCookie } from "@/lib/auth/session-cookie";

/**
 * How old the cookie's copy of the session may get before the proxy issues a fresh cookie. next-auth
 * re-encrypted the cookie on every request, so no two requests carried the same value and none could use
 * the decoded-cookie cache. Issued at most this often, the value stays the same between issues; the
 * copy (read only while Redis is unreachable, within SESSION_REDIS_GRACE_MINUTES of `checkedAt`) is at
 * most this much older, and an active session's expiry still rolls forward.
 */
export const REISSUE_AFTER_MS = 5 * 60_000;

export type SessionCookie = { name: (typeof SESSION_COOKIE_NAMES)[number]; value: string; maxAgeSeconds: number };

export type ProxySession = {
  user: CurrentUser | null;
  /** A fresh cookie to send back, when the one presented is due for re-issue. */
  reissue: SessionCookie | null;
  /** Session cookies to delete: they name no live session (forged, expired, revoked). */
  clear: SessionCookie["name"][];
};

const sameClaims = (a: SessionClaims, b: SessionClaims) =>
  a.uid === b.uid && a.email === b.email && a.name === b.name && a.role === b.role && a.onboarded === b.onboarded;

/**
 * The session behind a request's cookies, for the proxy in front of signed-in pages: decoded through the
 * cache, confirmed in Redis (resolveSession: a revoked session is refused at once), and a new cookie when
 * the presented one's copy of the session is older than REISSUE_AFTER_MS or no longer matches it.
 */
export async function proxySession(cookie: (name: string) => string | undefined, now = Date.now()): Promise<ProxySession> {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = cookie(name);
    if (!value) continue;
    const token = await sessionTokenFromCookie(name, value);
    const resolved = token ? await resolveSession(token.sid, token.claims, { now }) : null;
    if (!token || !resolved) return { user: null, reissue: null, clear: [name] };
    const { claims } = resolved;
    const stale = !token.claims || now - token.claims.checkedAt > REISSUE_AFTER_MS || !sameClaims(token.claims, claims);
    const maxAgeSeconds = env.SESSION_TTL_DAYS * 86_400;
    return {
      user: userFromClaims(claims, token.sid),
      // Only a copy Redis has just confirmed is worth issuing (not one accepted in an outage's grace).
      reissue: stale && resolved.confirmed ? { name, value: await sessionCookieValue(token.sid, name, claims, maxAgeSeconds), maxAgeSeconds } : null,
      clear: [],
    };
  }
  return { user: null, reissue: null, clear: [] };
}
