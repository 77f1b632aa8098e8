import { parse as parseCookies } from "cookie";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSession } from "@/lib/auth/session-store";
import { SESSION_COOKIE_NAMES, sessionIdFromCookie } from "@/lib/auth/session-cookie";

/**
 * The signed-in user of a route-handler request, read from the request itself: the session cookie's JWT
 * names a session id, and the session must still exist in Redis (the same check next-auth's jwt callback
 * makes for pages). Needs no request-scoped globals, so handlers can be called directly in tests.
 */
export async function userFromRequest(request: Request): Promise<CurrentUser | null> {
  // Parsed from the header, never through NextRequest: wrapping the request would lock its body, which
  // the handler still has to read.
  const cookies = parseCookies(request.headers.get("cookie") ?? "");
  for (const name of SESSION_COOKIE_NAMES) {
    const value = cookies[name];
    if (!value) continue;
    const sid = await sessionIdFromCookie(name, value);
    const record = sid ? await getSession(sid) : null;
    if (!sid || !record) return null;
    return { id: record.userId, email: record.email, name: record.name, role: record.role, onboarded: record.onboarded, sessionId: sid };
  }
  return null;
}
