import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { parseSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";

// next-auth's session cookie; the name doubles as the JWT salt. Secure origins use the __Secure- name.
// The JWT holds the session id and a small copy of the session (session-claims.ts), never large enough
// for next-auth to split it into chunks.
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionToken = { sid: string; claims: SessionClaims | null };

/** The session id and claims inside a session cookie value, or null when it is missing, forged or expired. */
export async function sessionTokenFromCookie(name: (typeof SESSION_COOKIE_NAMES)[number], value: string): Promise<SessionToken | null> {
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name });
    return typeof token?.sid === "string" ? { sid: token.sid, claims: parseSessionClaims(token) } : null;
  } catch {
    return null;
  }
}

/**
 * A `Cookie` header carrying the given session, as a browser would send it (tests and benchmarks);
 * with `claims`, as a browser holding a cookie that next-auth refreshed after Redis confirmed it.
 */
export async function sessionCookieHeader(
  sid: string,
  name: (typeof SESSION_COOKIE_NAMES)[number] = "authjs.session-token",
  claims?: SessionClaims,
): Promise<string> {
  return `${name}=${await encode({ token: { sid, ...claims }, secret: env.AUTH_SECRET, salt: name, maxAge: env.SESSION_TTL_DAYS * 86_400 })}`;
}
