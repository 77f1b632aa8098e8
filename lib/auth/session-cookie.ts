import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";

// next-auth's session cookie; the name doubles as the JWT salt. Secure origins use the __Secure- name.
// The JWT holds only the session id, so it is never large enough for next-auth to split it into chunks.
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** The session id inside a session cookie value, or null when the cookie is missing, forged or expired. */
export async function sessionIdFromCookie(name: (typeof SESSION_COOKIE_NAMES)[number], value: string): Promise<string | null> {
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}

/** A `Cookie` header carrying the given session, as a browser would send it (tests and benchmarks). */
export async function sessionCookieHeader(sid: string, name: (typeof SESSION_COOKIE_NAMES)[number] = "authjs.session-token"): Promise<string> {
  return `${name}=${await encode({ token: { sid }, secret: env.AUTH_SECRET, salt: name, maxAge: env.SESSION_TTL_DAYS * 86_400 })}`;
}
