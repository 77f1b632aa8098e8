import { LRUCache } from "lru-cache";
import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { parseSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";

// next-auth's session cookie; the name doubles as the JWT salt. Secure origins use the __Secure- name.
// The JWT holds the session id and a small copy of the session (session-claims.ts), never large enough
// for next-auth to split it into chunks.
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionToken = { sid: string; claims: SessionClaims | null };

/**
 * Decoded cookies, by cookie name and value. next-auth's decode derives the key (HKDF) and decrypts the JWE
 * on every call, ~0.7 ms of CPU: as much as a whole bare route. A cookie value always decodes to the same
 * token, so it is decoded once and kept until the token expires. Only what the cookie says is kept (the
 * session id and the claims copy): whether that session still exists is asked of Redis on every request
 * (resolve-session.ts), so a revoked session is refused at once whatever this holds. Forged or expired
 * values are not kept, so junk cookies cannot push real ones out.
 */
const decodedCookies = new LRUCache<string, SessionToken>({ max: 10_000 });

/** The session id and claims inside a session cookie value, or null when it is missing, forged or expired. */
export async function sessionTokenFromCookie(name: (typeof SESSION_COOKIE_NAMES)[number], value: string): Promise<SessionToken | null> {
  const key = `${name}=${value}`;
  const known = decodedCookies.get(key);
  if (known) return known;
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name });
  } catch {
    return null;
  }
  if (typeof token?.sid !== "string") return null;
  const decoded = { sid: token.sid, claims: parseSessionClaims(token) };
  const ttl = typeof token.exp === "number" ? token.exp * 1000 - Date.now() : 0;
  if (ttl > 0) decodedCookies.set(key, decoded, { ttl });
  return decoded;
}

/** A session cookie's value: the session id and the claims copy, sealed as next-auth seals its own. */
export async function sessionCookieValue(
  sid: string,
  name: (typeof SESSION_COOKIE_NAMES)[number] = "authjs.session-token",
  claims?: SessionClaims,
  maxAgeSeconds = env.SESSION_TTL_DAYS * 86_400,
): Promise<string> {
  return encode({ token: { sid, ...claims }, secret: env.AUTH_SECRET, salt: name, maxAge: maxAgeSeconds });
}

/**
 * A `Cookie` header carrying the given session, as a browser would send it (tests and benchmarks);
 * with `claims`, as a browser holding a cookie that was issued after Redis confirmed it.
 */
export async function sessionCookieHeader(
  sid: string,
  name: (typeof SESSION_COOKIE_NAMES)[number] = "authjs.session-token",
  claims?: SessionClaims,
): Promise<string> {
  return `${name}=${await sessionCookieValue(sid, name, claims)}`;
}
