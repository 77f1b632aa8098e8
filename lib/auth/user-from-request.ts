import { parse as parseCookies } from "cookie";
import type { CurrentUser } from "@/lib/auth/current-user";
import { resolveSession } from "@/lib/auth/resolve-session";
import { userFromClaims } from "@/lib/auth/session-claims";
import { SESSION_COOKIE_NAMES, sessionTokenFromCookie } from "@/lib/auth/session-cookie";

/**
 * The signed-in user of a route-handler request, read from the request itself: the session cookie's JWT
 * names a session id, and the session must still exist in Redis (the same check next-auth's jwt callback
 * makes for pages; while Redis is unreachable, the grace rule of resolveSession). Needs no
 * request-scoped globals, so handlers can be called directly in tests.
 */
export async function userFromRequest(request: Request, options: { now?: number } = {}): Promise<CurrentUser | null> {
  // Parsed from the header, never through NextRequest: wrapping the request would lock its body, which
  // the handler still has to read.
  const cookies = parseCookies(request.headers.get("cookie") ?? "");
  return userFromCookies((name) => cookies[name], options);
}

/** The signed-in user named by a request's cookies (however they were read), or null. */
export async function userFromCookies(cookie: (name: string) => string | undefined, options: { now?: number } = {}): Promise<CurrentUser | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = cookie(name);
    if (!value) continue;
    const token = await sessionTokenFromCookie(name, value);
    const session = token ? await resolveSession(token.sid, token.claims, options) : null;
    if (!token || !session) return null;
    return userFromClaims(session.claims, token.sid);
  }
  return null;
}
