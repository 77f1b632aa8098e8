/**
 * A cookie that tells the browser "this visitor has a session", so the public pages (static and shared
 * by everyone at the CDN) can show the dashboard link instead of Sign in, and skip private requests that
 * would only answer 401. It holds no secret and grants nothing: the session cookie stays httpOnly, and
 * every private page and endpoint still checks the real session. A stale hint costs one 401, after which
 * the browser drops it.
 */
export const SIGNED_IN_HINT_COOKIE = "ibr_signed_in";
